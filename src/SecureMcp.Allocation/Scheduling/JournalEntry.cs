using SecureMcp.Core.Tasks;

namespace SecureMcp.Allocation.Scheduling;

/// <summary>A transition and the task record after it, waiting to be written to the store.</summary>
internal readonly record struct JournalEntry(TaskTransition Transition, TaskRecord Record);
