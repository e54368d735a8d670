using System.Diagnostics;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using SecureMcp.Gateway.Upstreams;
using SecureMcp.IntegrationTests.Support;

namespace SecureMcp.IntegrationTests;

public sealed class UpstreamResilienceTests
{
    [Fact]
    public async Task CrashedStdioUpstream_IsWithdrawnWithListChanged_ThenRestartedAndServesAgain()
    {
        var work = Directory.CreateTempSubdirectory("securemcp-crash-");
        var pidFile = Path.Combine(work.FullName, "upstream.pid");
        var upstream = $"""
              - name: flaky
                transport: stdio
                command: sh
                args: [-c, 'echo $$ > {pidFile}; exec dotnet {CliPaths.Dll} toolserver --sandbox {work.FullName}/sandbox']
            """;
        await using var harness = await GatewayHarness.StartAsync(upstream);
        var listChanged = 0;
        var options = new McpClientOptions
        {
            Handlers = new McpClientHandlers
            {
                NotificationHandlers = [new(NotificationMethods.ToolListChangedNotification, (_, _) => { Interlocked.Increment(ref listChanged); return ValueTask.CompletedTask; })],
            },
        };
        await using var client = await harness.ConnectAsync(protocolVersion: "2025-11-25", options: options);
        (await client.ListToolsAsync()).Count.ShouldBe(8);

        Process.GetProcessById(int.Parse((await File.ReadAllTextAsync(pidFile)).Trim(), System.Globalization.CultureInfo.InvariantCulture)).Kill();

        await WaitUntilAsync(() => harness.Gateway.Health().Upstreams[0].State != "healthy" || harness.Gateway.Health().Upstreams[0].Restarts > 0);
        await WaitUntilAsync(() => Volatile.Read(ref listChanged) >= 1);
        await WaitUntilAsync(() => harness.Gateway.Health().Upstreams[0].State == "healthy");
        await WaitUntilAsync(() => Volatile.Read(ref listChanged) >= 2);

        harness.Gateway.Health().Upstreams[0].Restarts.ShouldBeGreaterThanOrEqualTo(1);
        (await client.ListToolsAsync()).Count.ShouldBe(8);
        var result = await client.CallToolAsync("flaky__analyzer", new Dictionary<string, object?> { ["rows"] = new[] { new { a = 1 } } });
        result.IsError.ShouldNotBe(true);
    }

    [Fact]
    public async Task UnreachableHttpUpstream_IsReportedUnhealthy_AndItsToolsAreAbsent()
    {
        var upstream = """
              - name: ghost
                transport: http
                url: http://127.0.0.1:9/mcp
                connectTimeoutSeconds: 2
              - name: tools
                transport: stdio
                command: dotnet
                args: ['PLACEHOLDER', toolserver, --sandbox, 'SANDBOX']
            """.Replace("PLACEHOLDER", CliPaths.Dll, StringComparison.Ordinal)
            .Replace("SANDBOX", Directory.CreateTempSubdirectory("securemcp-sbx-").FullName, StringComparison.Ordinal);
        await using var harness = await GatewayHarness.StartAsync(upstream);
        await using var client = await harness.ConnectAsync();

        var tools = await client.ListToolsAsync();
        var health = harness.Gateway.Health();

        tools.ShouldAllBe(t => t.Name.StartsWith("tools__", StringComparison.Ordinal));
        health.Status.ShouldBe("degraded");
        health.Upstreams.Single(u => u.Name == "ghost").State.ShouldNotBe(UpstreamState.Healthy.ToString().ToLowerInvariant());
        health.Upstreams.Single(u => u.Name == "ghost").LastError.ShouldNotBeNullOrEmpty();
        using var http = new HttpClient();
        var healthz = await http.GetStringAsync(harness.Http.Address + "/healthz");
        healthz.ShouldContain("\"ghost\"");
        var ex = await Should.ThrowAsync<McpProtocolException>(async () => await client.CallToolAsync("ghost__anything", new Dictionary<string, object?>()));
        ex.Message.ShouldContain("Unknown tool");
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = Stopwatch.GetTimestamp() + (30 * Stopwatch.Frequency);
        while (!condition())
        {
            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException("condition not reached within 30 s");
            }

            await Task.Delay(50);
        }
    }
}
