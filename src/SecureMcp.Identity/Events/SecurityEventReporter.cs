using SecureMcp.Core.Events;

namespace SecureMcp.Identity.Events;

/// <summary>Stamps events of one detector with the time and hands them to the sink without waiting.</summary>
/// <remarks>
/// Identity checks run on synchronous hot paths (a message decryption, a TLS callback), so publishing is fire and
/// forget: sinks are required to return quickly and not throw.
/// </remarks>
internal sealed class SecurityEventReporter(ISecurityEventSink sink, TimeProvider time, string detector)
{
    public void Report(string kind, SecuritySeverity severity, string? principal, string? target, string? evidence, string reason)
    {
        var pending = sink.PublishAsync(new SecurityEvent(kind, severity, principal, target, detector, evidence, reason, time.GetUtcNow()));
        if (!pending.IsCompletedSuccessfully)
        {
            _ = pending.AsTask();
        }
    }
}
