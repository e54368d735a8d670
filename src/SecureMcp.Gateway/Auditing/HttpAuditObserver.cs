using SecureMcp.Hosting;

namespace SecureMcp.Gateway.Auditing;

/// <summary>Audits what the HTTP endpoint refused (malformed JSON, oversized bodies, bad sessions …) and session changes.</summary>
internal sealed class HttpAuditObserver(GatewayAuditor auditor) : IMcpHttpObserver
{
    public ValueTask OnRejectedAsync(McpHttpRejection rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        return auditor.EventAsync("protocol", rejection.UserId ?? "anonymous", rejection.Method ?? "http",
            $"rejected {rejection.StatusCode}", $"{rejection.JsonRpcCode}: {rejection.Reason}", sessionId: rejection.SessionId);
    }

    public ValueTask OnSessionChangedAsync(string sessionId, string? userId, bool opened, string reason) =>
        auditor.EventAsync("session", userId ?? "anonymous", opened ? "session/open" : "session/close", "ok", reason, sessionId: sessionId);
}
