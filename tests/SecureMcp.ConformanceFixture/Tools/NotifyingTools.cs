using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace SecureMcp.ConformanceFixture.Tools;

/// <summary>Tools that log, report progress, fail, or drop their stream while they run.</summary>
internal static class NotifyingTools
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(50);

    public static IEnumerable<McpServerTool> Create()
    {
        yield return McpServerTool.Create(
            LogThreeTimesAsync,
            Options("test_tool_with_logging", "Tests tool that emits log messages during execution"));

        yield return McpServerTool.Create(
            ReportProgressAsync,
            Options("test_tool_with_progress", "Tests tool that reports progress notifications"));

        yield return McpServerTool.Create(
            () => new CallToolResult
            {
                IsError = true,
                Content = [new TextContentBlock { Text = "This tool intentionally returns an error for testing" }],
            },
            Options("test_error_handling", "Tests error response handling"));

        yield return McpServerTool.Create(
            ReconnectAsync,
            Options("test_reconnection",
                "Tests SSE stream disconnection and client reconnection (SEP-1699). The server closes the stream mid-call when the transport can resume it."));
    }

    private static async Task<string> LogThreeTimesAsync(McpServer server, CancellationToken cancellationToken)
    {
        await FixtureLog.SendAsync(server, LoggingLevel.Info, "Tool execution started", cancellationToken);
        await Task.Delay(Step, cancellationToken);
        await FixtureLog.SendAsync(server, LoggingLevel.Info, "Tool processing data", cancellationToken);
        await Task.Delay(Step, cancellationToken);
        await FixtureLog.SendAsync(server, LoggingLevel.Info, "Tool execution completed", cancellationToken);
        return "Tool with logging executed successfully";
    }

    private static async Task<string> ReportProgressAsync(
        McpServer server, RequestContext<CallToolRequestParams> context, CancellationToken cancellationToken)
    {
        var token = context.Params?.ProgressToken;
        foreach (var progress in new[] { 0f, 50f, 100f })
        {
            if (token is { } t)
            {
                await server.NotifyProgressAsync(t, new ProgressNotificationValue
                {
                    Progress = progress,
                    Total = 100,
                    Message = $"Completed step {progress} of 100",
                }, cancellationToken: cancellationToken);
            }

            if (progress < 100)
            {
                await Task.Delay(Step, cancellationToken);
            }
        }

        return token?.ToString() ?? "no progress token";
    }

    private static async Task<string> ReconnectAsync(RequestContext<CallToolRequestParams> context, CancellationToken cancellationToken)
    {
        bool polled;
        try
        {
            // Closes the POST stream; the client must come back with Last-Event-ID. Needs an event store on the transport.
            await context.EnablePollingAsync(TimeSpan.FromMilliseconds(500), cancellationToken);
            polled = true;
        }
        catch (InvalidOperationException)
        {
            polled = false;
        }

        await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        return polled
            ? "Reconnection test completed successfully. If you received this, the client properly reconnected after stream closure."
            : "Reconnection test completed without closing the stream (the transport has no event store to resume from).";
    }

    private static McpServerToolCreateOptions Options(string name, string description) => new()
    {
        Name = name,
        Description = description,
        ReadOnly = true,
        Destructive = false,
        OpenWorld = false,
    };
}
