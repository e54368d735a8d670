namespace SecureMcp.Cli.Bench;

/// <summary>Parameters of <c>securemcp bench auth</c>.</summary>
/// <param name="Clients">Concurrent clients (K) in every phase.</param>
/// <param name="Duration">Measured time per phase.</param>
/// <param name="Warmup">Warm-up time per phase.</param>
/// <param name="Rounds">How many times each mode runs; the order rotates every round.</param>
/// <param name="ProtocolVersion">Pinned client revision, or null to negotiate.</param>
internal sealed record AuthBenchSettings(int Clients, TimeSpan Duration, TimeSpan Warmup, int Rounds, string? ProtocolVersion);
