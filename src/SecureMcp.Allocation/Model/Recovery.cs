using SecureMcp.Core.Tasks;

namespace SecureMcp.Allocation.Model;

/// <summary>What a restarted scheduler took back from the store.</summary>
/// <param name="Tasks">Every unfinished task, oldest first.</param>
/// <param name="Assignments">The attempts dispatched at once; the other tasks wait for agents or dependencies.</param>
public sealed record Recovery(IReadOnlyList<TaskSpec> Tasks, IReadOnlyList<Assignment> Assignments);
