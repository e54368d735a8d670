using System.Text.RegularExpressions;
using SecureMcp.Cli.Infrastructure;

namespace SecureMcp.Cli.Bench;

/// <summary>Starts the tool server and gateways of a benchmark as child processes of this same program.</summary>
internal static partial class BenchServers
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The tool server over Streamable HTTP on a free port; its MCP URL is the <see cref="ChildProcess.ReadyValue"/>.</summary>
    public static Task<ChildProcess> StartToolServerAsync(string workDirectory)
    {
        var (command, args) = SelfCommand.For("toolserver", "--http", "http://127.0.0.1:0", "--sandbox", Path.Combine(workDirectory, "sandbox"));
        return ChildProcess.StartAsync(command, args, ListeningPattern(), StartTimeout);
    }

    /// <summary>A gateway from a configuration file; its MCP URL is the <see cref="ChildProcess.ReadyValue"/>.</summary>
    public static Task<ChildProcess> StartGatewayAsync(string configPath)
    {
        var (command, args) = SelfCommand.For("gateway", "--config", configPath);
        return ChildProcess.StartAsync(command, args, ServingPattern(), StartTimeout);
    }

    [GeneratedRegex(@"listening on (\S+/mcp)")]
    private static partial Regex ListeningPattern();

    [GeneratedRegex(@"serving MCP at (\S+)")]
    private static partial Regex ServingPattern();
}
