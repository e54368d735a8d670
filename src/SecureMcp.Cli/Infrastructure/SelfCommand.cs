namespace SecureMcp.Cli.Infrastructure;

/// <summary>How to start this same program again as a child process (for stdio upstreams and agents).</summary>
internal static class SelfCommand
{
    /// <summary>The command and arguments that run <c>securemcp</c> with <paramref name="args"/>.</summary>
    public static (string Command, IReadOnlyList<string> Args) For(params string[] args)
    {
        var process = Environment.ProcessPath ?? "dotnet";
        var assembly = typeof(SelfCommand).Assembly.Location;
        var viaHost = Path.GetFileNameWithoutExtension(process).Equals("dotnet", StringComparison.OrdinalIgnoreCase);
        return viaHost ? (process, [assembly, .. args]) : (process, args);
    }
}
