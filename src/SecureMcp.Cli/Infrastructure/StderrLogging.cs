using Microsoft.Extensions.Logging;

namespace SecureMcp.Cli.Infrastructure;

/// <summary>Loggers that write to standard error only, so stdout stays free for MCP over stdio and for results.</summary>
internal static class StderrLogging
{
    public static ILoggerFactory Create(LogLevel minimum) => LoggerFactory.Create(builder =>
    {
        builder.SetMinimumLevel(minimum);
        // The SDK logs every refused call as a failure; refusals are expected and audited, so keep its noise out
        // unless debugging.
        builder.AddFilter("ModelContextProtocol.Server", minimum <= LogLevel.Debug ? minimum : LogLevel.Critical);
        // The SDK logs each request at Information; per-call lines would cost more than the call itself.
        builder.AddFilter("ModelContextProtocol", minimum <= LogLevel.Debug ? minimum : LogLevel.Warning);
        builder.AddFilter("Microsoft.AspNetCore", minimum <= LogLevel.Debug ? minimum : LogLevel.Warning);
        builder.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        builder.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    });
}
