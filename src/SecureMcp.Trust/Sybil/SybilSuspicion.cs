namespace SecureMcp.Trust.Sybil;

/// <summary>How likely an identity is a sybil, and why.</summary>
/// <param name="Identity">The agent id.</param>
/// <param name="Score">Suspicion in [0, 1]; combined from independent signals by noisy-or.</param>
/// <param name="Reasons">One human-readable reason per signal that fired.</param>
public sealed record SybilSuspicion(string Identity, double Score, IReadOnlyList<string> Reasons);
