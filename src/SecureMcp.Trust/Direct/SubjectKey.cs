namespace SecureMcp.Trust.Direct;

/// <summary>What a direct-trust record is about: a subject (agent or upstream server) doing one capability.</summary>
/// <param name="Subject">The agent or upstream server id.</param>
/// <param name="Capability">The capability (tool, task type), or <c>*</c> for all.</param>
public readonly record struct SubjectKey(string Subject, string Capability);
