namespace SecureMcp.Cli.Bench;

/// <summary>The call the load benchmarks repeat: the tool server's cheapest tool on a two-row table.</summary>
internal static class CheapCall
{
    /// <summary>The tool's name on the tool server itself.</summary>
    public const string Tool = "analyzer";

    /// <summary>The tool's name through the gateway.</summary>
    public const string GatewayTool = "toolserver__analyzer";

    public static IReadOnlyDictionary<string, object?> Arguments { get; } = new Dictionary<string, object?>
    {
        ["rows"] = new[] { new Dictionary<string, object?> { ["x"] = 1, ["y"] = 2 }, new Dictionary<string, object?> { ["x"] = 2, ["y"] = 4 } },
    };
}
