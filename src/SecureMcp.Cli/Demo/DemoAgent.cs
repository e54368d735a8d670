namespace SecureMcp.Cli.Demo;

/// <summary>One agent of the demo: its id, capabilities and configured behaviour (never shown to the scheduler).</summary>
internal sealed record DemoAgent(string Id, string[] Capabilities, string Behavior)
{
    public static IReadOnlyList<DemoAgent> Roster { get; } =
    [
        new("agent-1", ["data", "analysis"], "honest"),
        new("agent-2", ["data", "reporting", "analysis"], "honest"),
        new("agent-3", ["analysis", "reporting", "storage"], "honest"),
        new("agent-4", ["data", "storage", "analysis"], "honest"),
        new("agent-5", ["data", "analysis", "reporting", "storage"], "malicious:0.7"),
        new("agent-6", ["data", "analysis", "reporting", "storage"], "faulty:0.4"),
    ];
}
