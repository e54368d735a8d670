namespace SecureMcp.Allocation.Redundancy;

/// <summary>One successful execution of a task, to be compared with the others.</summary>
internal sealed record ReplicaResult(string AgentId, string Digest);
