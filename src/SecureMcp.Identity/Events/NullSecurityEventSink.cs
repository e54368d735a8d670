using SecureMcp.Core.Events;

namespace SecureMcp.Identity.Events;

/// <summary>A sink that drops every event, for tools that have no audit chain (the CLI's offline commands).</summary>
internal sealed class NullSecurityEventSink : ISecurityEventSink
{
    public static NullSecurityEventSink Instance { get; } = new();

    public ValueTask PublishAsync(SecurityEvent securityEvent, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
}
