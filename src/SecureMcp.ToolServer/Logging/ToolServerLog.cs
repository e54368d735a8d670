using Microsoft.Extensions.Logging;

namespace SecureMcp.ToolServer.Logging;

/// <summary>Source-generated log messages of the tool server host (event ids 2100-2199).</summary>
internal static partial class ToolServerLog
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "Tool server starting on stdio with {ToolCount} tools; sandbox {SandboxRoot}")]
    public static partial void Starting(ILogger logger, int toolCount, string sandboxRoot);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Tool server stopped")]
    public static partial void Stopped(ILogger logger);
}
