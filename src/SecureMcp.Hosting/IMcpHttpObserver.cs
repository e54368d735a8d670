namespace SecureMcp.Hosting;

/// <summary>Receives what the HTTP endpoint refused or changed, so the host can audit it.</summary>
public interface IMcpHttpObserver
{
    /// <summary>Called for every refused request.</summary>
    ValueTask OnRejectedAsync(McpHttpRejection rejection);

    /// <summary>Called when a session opens or closes.</summary>
    ValueTask OnSessionChangedAsync(string sessionId, string? userId, bool opened, string reason);
}
