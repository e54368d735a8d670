using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace SecureMcp.ConformanceFixture.Tools;

/// <summary>Sends <c>notifications/message</c> log entries, honouring the level the client set.</summary>
internal static class FixtureLog
{
    public const string LoggerName = "conformance-fixture";

    public static async Task SendAsync(McpServer server, LoggingLevel level, string message, CancellationToken cancellationToken)
    {
        if (server.LoggingLevel is { } minimum && level < minimum)
        {
            return;
        }

        var payload = new LoggingMessageNotificationParams
        {
            Level = level,
            Logger = LoggerName,
            Data = JsonSerializer.SerializeToElement(message, McpJsonUtilities.DefaultOptions),
        };
        await server.SendNotificationAsync(NotificationMethods.LoggingMessageNotification, payload, McpJsonUtilities.DefaultOptions, cancellationToken);
    }
}
