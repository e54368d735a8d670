using System.Globalization;
using System.Text.RegularExpressions;
using SecureMcp.IntegrationTests.Support;

namespace SecureMcp.IntegrationTests;

/// <summary><c>securemcp bench agents</c> and <c>bench auth</c> as a user runs them, with tiny parameters.</summary>
public sealed partial class BenchProcessTests
{
    [Fact]
    public async Task BenchAgents_TwentyAgentsForOneSecond_AllConnectMakeCallsAndExitZero()
    {
        var (exit, stdout, stderr) = await ProcessRunner.RunAsync("dotnet",
            [CliPaths.Dll, "bench", "agents", "--agents", "20", "--seconds", "1", "--warmup", "0.5"], TimeSpan.FromSeconds(60));

        exit.ShouldBe(0, stdout + stderr);
        stdout.ShouldContain("20 / 20");
        Number(CallsPerSecond(), stdout).ShouldBeGreaterThan(0);
        Number(MinCallsPerAgent(), stdout).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task BenchAuth_EveryModeForOneSecond_MakesCallsAndOpensAConnectionPerCallOnlyInThePerCallMode()
    {
        var (exit, stdout, stderr) = await ProcessRunner.RunAsync("dotnet",
            [CliPaths.Dll, "bench", "auth", "--clients", "2", "--seconds", "1", "--warmup", "0.5", "--rounds", "1"], TimeSpan.FromSeconds(60));

        exit.ShouldBe(0, stdout + stderr);
        foreach (var mode in new[] { "api key", "token (reused)", "mTLS (reused conn.)" })
        {
            Row(mode, stdout)[0].ShouldBeGreaterThan(0, mode);
            // Reuse, not zero: a closed-loop client sometimes sends its next call while the previous response is still
            // draining back into the pool, and then the handler opens one more connection (CI saw 0.01 per call).
            Row(mode, stdout)[^2].ShouldBeLessThan(0.1, mode);
        }

        Row("mTLS (new conn./call)", stdout)[^2].ShouldBeGreaterThan(0.9);
    }

    private static double Number(Regex pattern, string stdout)
    {
        var match = pattern.Match(stdout);
        match.Success.ShouldBeTrue(stdout);
        return double.Parse(match.Groups[1].Value, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }

    /// <summary>The numeric cells of a mode's table row: calls/s first, connections per call next to last, errors last.</summary>
    private static double[] Row(string mode, string stdout)
    {
        var line = stdout.Split('\n').FirstOrDefault(l => l.Contains(mode, StringComparison.Ordinal));
        line.ShouldNotBeNull(stdout);
        return [.. line[(line.IndexOf(mode, StringComparison.Ordinal) + mode.Length)..]
            .Split('│', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(cell => cell.Length > 0)
            .Select(cell => double.Parse(cell, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture))];
    }

    [GeneratedRegex(@"tool calls/s\D*([\d,]+)")]
    private static partial Regex CallsPerSecond();

    [GeneratedRegex(@"calls per agent: min / max\D*([\d,]+)")]
    private static partial Regex MinCallsPerAgent();
}
