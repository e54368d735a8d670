using SecureMcp.Core.Audit;
using SecureMcp.Core.Events;

namespace SecureMcp.Agents.Messaging;

/// <summary>Writes every security event of an agent into its own audit chain, in the gateway's record shape.</summary>
/// <remarks>Appending only queues the record (the store's single writer chains it), so this returns at once on hot paths.</remarks>
internal sealed class AuditStoreEventSink(IAuditStore store, TimeProvider time) : ISecurityEventSink
{
    public ValueTask PublishAsync(SecurityEvent securityEvent, CancellationToken cancellationToken = default) =>
        store.AppendAsync(SecurityEventRecord.From(securityEvent, time.GetUtcNow()), cancellationToken);
}
