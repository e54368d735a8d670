namespace SecureMcp.Cli.Demo;

/// <summary>One agent of the demo: its id, capabilities, configured behaviour (never shown to the scheduler) and how it proves who it is.</summary>
internal sealed record DemoAgent(string Id, string[] Capabilities, string Behavior, string Auth)
{
    public static IReadOnlyList<DemoAgent> Roster { get; } =
    [
        new("agent-1", ["data", "analysis"], "honest", "mtls"),
        new("agent-2", ["data", "reporting", "analysis"], "honest", "token"),
        new("agent-3", ["analysis", "reporting", "storage"], "honest", "apikey"),
        new("agent-4", ["data", "storage", "analysis"], "honest", "mtls"),
        new("agent-5", ["data", "analysis", "reporting", "storage"], "malicious:0.7", "token"),
        new("agent-6", ["data", "analysis", "reporting", "storage"], "faulty:0.4", "mtls"),
    ];
}
