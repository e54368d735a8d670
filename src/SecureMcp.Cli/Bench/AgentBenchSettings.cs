namespace SecureMcp.Cli.Bench;

/// <summary>Parameters of <c>securemcp bench agents</c>.</summary>
/// <param name="Agents">Hosted agents, each with its own API key, HTTP client and MCP session.</param>
/// <param name="Duration">Measured time.</param>
/// <param name="Warmup">Time all agents run before measurement starts.</param>
/// <param name="ProtocolVersion">The agents' protocol revision; revisions before 2026-07-28 hold a session per agent.</param>
/// <param name="ConnectParallelism">How many agents connect at the same time while the fleet comes up.</param>
internal sealed record AgentBenchSettings(int Agents, TimeSpan Duration, TimeSpan Warmup, string? ProtocolVersion, int ConnectParallelism);
