namespace SecureMcp.Core.Tasks;

/// <summary>Helpers on <see cref="TaskState"/>.</summary>
public static class TaskStates
{
    /// <summary>True for <see cref="TaskState.Succeeded"/> and <see cref="TaskState.ReportedFailed"/>.</summary>
    public static bool IsTerminal(this TaskState state) => state is TaskState.Succeeded or TaskState.ReportedFailed;
}
