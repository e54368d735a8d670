using SecureMcp.Policy.Model;

namespace SecureMcp.Policy.Stages;

/// <summary>One entry of a listing result, as the filter asks about it.</summary>
internal readonly record struct ListedTarget(TargetKind Kind, string Name);
