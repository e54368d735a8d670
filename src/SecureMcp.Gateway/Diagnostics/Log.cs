using Microsoft.Extensions.Logging;

namespace SecureMcp.Gateway.Diagnostics;

/// <summary>Source-generated log messages of the gateway, with stable event ids.</summary>
internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Information, "Upstream {Upstream} is healthy: {Tools} tools, {Resources} resources, {Prompts} prompts")]
    public static partial void UpstreamHealthy(ILogger logger, string upstream, int tools, int resources, int prompts);

    [LoggerMessage(1002, LogLevel.Warning, "Upstream {Upstream} is down ({Reason}); retrying in {Delay}")]
    public static partial void UpstreamDown(ILogger logger, string upstream, string reason, TimeSpan delay);

    [LoggerMessage(1003, LogLevel.Debug, "Upstream {Upstream} stderr: {Line}")]
    public static partial void UpstreamStderr(ILogger logger, string upstream, string line);

    [LoggerMessage(1004, LogLevel.Warning, "Upstream {Upstream} offers resource {Uri}, which another upstream already offers; it is skipped")]
    public static partial void ResourceCollision(ILogger logger, string upstream, string uri);

    [LoggerMessage(1008, LogLevel.Warning, "Upstream {Upstream} offers {Name} without a prefix, and that name is already taken; it is skipped")]
    public static partial void NameCollision(ILogger logger, string upstream, string name);

    [LoggerMessage(1005, LogLevel.Warning, "Upstream {Upstream} sent a {Method} request that cannot be attributed to one caller; refused")]
    public static partial void UnroutableRequest(ILogger logger, string upstream, string method);

    [LoggerMessage(1006, LogLevel.Information, "Gateway listening on {Address}{Path} with {Upstreams} upstream(s)")]
    public static partial void Listening(ILogger logger, string address, string path, int upstreams);

    [LoggerMessage(1007, LogLevel.Error, "Stage {Stage} failed and the call was denied")]
    public static partial void StageFailed(ILogger logger, string stage, Exception exception);

    [LoggerMessage(1101, LogLevel.Information, "Operator {Operator} signed in with password and {Method}")]
    public static partial void OperatorSignedIn(ILogger logger, string @operator, string method);

    [LoggerMessage(1102, LogLevel.Warning, "Operator sign-in as {Operator} refused: {Reason}")]
    public static partial void OperatorSignInRefused(ILogger logger, string @operator, string reason);
}
