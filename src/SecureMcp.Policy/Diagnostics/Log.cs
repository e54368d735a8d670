using Microsoft.Extensions.Logging;

namespace SecureMcp.Policy.Diagnostics;

/// <summary>Source-generated log messages of the policy components, with stable event ids (4xxx).</summary>
internal static partial class Log
{
    [LoggerMessage(4001, LogLevel.Information, "Policy loaded from {Path}: {Roles} roles, {Rules} rules, {Limits} rate limits, {Incidents} incident rules")]
    public static partial void PolicyLoaded(ILogger logger, string path, int roles, int rules, int limits, int incidents);

    [LoggerMessage(4002, LogLevel.Error, "Policy file {Path} rejected; the previous policy stays in force: {Errors}")]
    public static partial void PolicyRejected(ILogger logger, string path, string errors);

    [LoggerMessage(4003, LogLevel.Warning, "Security alert {Incident}: rule {Rule} fired for {Subject} ({Kind}, {Severity}): {Reason}; actions: {Actions}")]
    public static partial void Alert(ILogger logger, string incident, string rule, string subject, string kind, string severity, string reason, string actions);

    [LoggerMessage(4004, LogLevel.Error, "Incident action {Action} of {Incident} failed")]
    public static partial void ActionFailed(ILogger logger, string action, string incident, Exception exception);

    [LoggerMessage(4005, LogLevel.Warning, "Call by {Principal} to {Target} is waiting for operator approval {Approval}")]
    public static partial void ApprovalRequested(ILogger logger, string principal, string target, string approval);

    [LoggerMessage(4006, LogLevel.Error, "Watching policy file {Path} failed")]
    public static partial void WatchFailed(ILogger logger, string path, Exception exception);
}
