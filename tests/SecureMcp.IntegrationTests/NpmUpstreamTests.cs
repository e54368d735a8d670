using ModelContextProtocol.Protocol;
using SecureMcp.IntegrationTests.Support;

namespace SecureMcp.IntegrationTests;

/// <summary>Real MCP servers from npm (installed from tests/npm-peers by the test command) as upstreams.</summary>
public sealed class NpmUpstreamTests
{
    private static string Bin(string name) => Path.Combine(CliPaths.RepoRoot, "tests", "npm-peers", "node_modules", ".bin", name);

    [Fact]
    public async Task EverythingAndFilesystemServers_ToolsAreListedAndCallableThroughTheGateway()
    {
        var root = Directory.CreateTempSubdirectory("securemcp-fs-");
        await File.WriteAllTextAsync(Path.Combine(root.FullName, "hello.txt"), "hello from the filesystem upstream");
        File.Exists(Bin("mcp-server-everything")).ShouldBeTrue("run the README test command: it installs tests/npm-peers");
        var upstreams = $"""
              - name: everything
                transport: stdio
                command: '{Bin("mcp-server-everything")}'
              - name: fs
                transport: stdio
                command: '{Bin("mcp-server-filesystem")}'
                args: ['{root.FullName}']
            """;
        await using var harness = await GatewayHarness.StartAsync(upstreams);
        await using var client = await harness.ConnectAsync();

        var tools = (await client.ListToolsAsync()).Select(t => t.Name).ToList();

        tools.ShouldContain("everything__echo");
        tools.ShouldContain("everything__get-sum");
        tools.ShouldContain("fs__read_text_file");
        tools.Count(t => t.StartsWith("everything__", StringComparison.Ordinal)).ShouldBeGreaterThan(5);
        tools.Count(t => t.StartsWith("fs__", StringComparison.Ordinal)).ShouldBeGreaterThan(5);

        var echo = await client.CallToolAsync("everything__echo", new Dictionary<string, object?> { ["message"] = "through the gateway" });
        echo.Content.OfType<TextContentBlock>().Single().Text.ShouldContain("through the gateway");
        var sum = await client.CallToolAsync("everything__get-sum", new Dictionary<string, object?> { ["a"] = 2, ["b"] = 40 });
        sum.Content.OfType<TextContentBlock>().Single().Text.ShouldContain("42");
        var file = await client.CallToolAsync("fs__read_text_file", new Dictionary<string, object?> { ["path"] = Path.Combine(root.FullName, "hello.txt") });
        file.IsError.ShouldNotBe(true);
        file.Content.OfType<TextContentBlock>().First().Text.ShouldContain("hello from the filesystem upstream");
        // A system path is refused by the gateway's argument inspection before it reaches the upstream.
        var outside = await Should.ThrowAsync<ModelContextProtocol.McpProtocolException>(async () =>
            await client.CallToolAsync("fs__read_text_file", new Dictionary<string, object?> { ["path"] = "/etc/hostname" }));
        outside.Message.ShouldContain("arg.path-traversal");
    }

    [Fact]
    public async Task ProgressNotifications_FromTheUpstream_ReachTheCallingClient()
    {
        await using var harness = await GatewayHarness.StartAsync($"""
              - name: everything
                transport: stdio
                command: '{Bin("mcp-server-everything")}'
            """);
        await using var client = await harness.ConnectAsync(protocolVersion: "2025-11-25");
        var tool = (await client.ListToolsAsync()).Select(t => t.Name).FirstOrDefault(n => n.Contains("long-running", StringComparison.Ordinal));
        tool.ShouldNotBeNull("server-everything offers a long-running operation tool that reports progress");
        var updates = new List<float>();
        var progress = new Progress<ModelContextProtocol.ProgressNotificationValue>(v => { lock (updates) { updates.Add(v.Progress); } });

        var result = await client.CallToolAsync(tool, new Dictionary<string, object?> { ["duration"] = 1, ["steps"] = 3 }, progress);

        result.IsError.ShouldNotBe(true);
        await Task.Delay(200);
        lock (updates)
        {
            updates.Count.ShouldBeGreaterThanOrEqualTo(1);
        }
    }

    [Fact]
    public async Task SamplingRequestFromTheUpstream_IsRoutedToTheCallingClient()
    {
        await using var harness = await GatewayHarness.StartAsync($"""
              - name: everything
                transport: stdio
                command: '{Bin("mcp-server-everything")}'
            """);
#pragma warning disable MCP9005 // Sampling is deprecated in 2026-07-28 but is what this upstream (2025-xx) uses.
        var options = new ModelContextProtocol.Client.McpClientOptions
        {
            Handlers = new ModelContextProtocol.Client.McpClientHandlers
            {
                SamplingHandler = (request, _, _) => ValueTask.FromResult(new CreateMessageResult
                {
                    Content = [new TextContentBlock { Text = "sampled by the calling client: " + ((TextContentBlock)request!.Messages[0].Content[0]).Text }],
                    Model = "test-model",
                    Role = Role.Assistant,
                }),
            },
        };
#pragma warning restore MCP9005
        await using var client = await harness.ConnectAsync(protocolVersion: "2025-11-25", options: options);

        var result = await client.CallToolAsync("everything__trigger-sampling-request", new Dictionary<string, object?> { ["prompt"] = "ping" });

        result.IsError.ShouldNotBe(true);
        result.Content.OfType<TextContentBlock>().Single().Text.ShouldContain("sampled by the calling client");
        result.Content.OfType<TextContentBlock>().Single().Text.ShouldContain("ping");
    }

    [Fact]
    public async Task CancelledCall_IsCancelledPromptly_AndAuditedAsCancelled()
    {
        await using var harness = await GatewayHarness.StartAsync($"""
              - name: everything
                transport: stdio
                command: '{Bin("mcp-server-everything")}'
            """);
        // Default revision (2026-07-28). Over a 2025-11-25 session the cancellation does not reach the upstream yet:
        // see docs/operations.md, known gaps.
        await using var client = await harness.ConnectAsync();
        var tool = (await client.ListToolsAsync()).Select(t => t.Name).First(n => n.Contains("long-running", StringComparison.Ordinal));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        var started = System.Diagnostics.Stopwatch.StartNew();

        await Should.ThrowAsync<OperationCanceledException>(async () =>
            await client.CallToolAsync(tool, new Dictionary<string, object?> { ["duration"] = 20, ["steps"] = 4 }, cancellationToken: cancel.Token));

        started.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
        var deadline = DateTime.UtcNow.AddSeconds(15);
        var records = new List<SecureMcp.Core.Audit.AuditRecord>();
        while (DateTime.UtcNow < deadline && !records.Any(r => r.Kind == "call" && r.Target == tool))
        {
            records = await harness.ReadAuditAsync();

            await Task.Delay(100);
        }

        records.Single(r => r.Kind == "call" && r.Target == tool).Outcome.ShouldBe("cancelled");
    }
}
