using SecureMcp.ToolServer.Data;

namespace SecureMcp.ToolServer.Transforms;

/// <summary>Join the input table (left) with <see cref="Right"/> on equal key values; inner or left join.</summary>
internal sealed record JoinSpec(TableData Right, string LeftKey, string RightKey, bool KeepUnmatched);
