namespace SecureMcp.Cli.Demo;

/// <summary>One step of the demo workflow and what it measured.</summary>
internal sealed record DemoStep(string Name, string Tool, bool Succeeded, double LatencyMs, string Summary);
