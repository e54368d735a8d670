using SecureMcp.Core.Events;
using SecureMcp.Core.Identity;
using SecureMcp.Identity.Events;

namespace SecureMcp.Agents.Messaging;

/// <summary>The listening side of context sharing: checks a delivered sealed item and holds it in the inbox, audited either way.</summary>
/// <remarks>
/// An item is accepted from any authenticated agent of our CA, even one not addressed to this agent (a relay may pass it
/// on): holding ciphertext grants nothing, and only a named recipient can open it.
/// </remarks>
internal sealed class ContextReceiver(string agentId, ContextInbox inbox, PeerMessagingOptions options, SecurityEventReporter events, TimeProvider time)
    : IPeerMessageHandler
{
    public PeerMessage Handle(PeerMessage request, Principal peer)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(peer);
        if (request.Type != PeerMessage.ContextType)
        {
            var type = request.Type.Length > 40 ? request.Type[..40] : request.Type;
            events.Report(MessagingEventKinds.MessageMalformed, SecuritySeverity.Medium, peer.Id, "peer-endpoint", "type=" + type, "unknown peer message type");
            return PeerMessage.Refusal($"unknown message type '{type}'");
        }

        var item = request.Item;
        var problem = SealedItemCheck.Problem(item, options) ?? inbox.Add(new ReceivedContext(item!, peer.Id, time.GetUtcNow()));
        var target = item?.Id is { Length: <= 64 } id ? "context:" + id : "context";
        if (problem is not null)
        {
            events.Report(MessagingEventKinds.ContextRefused, SecuritySeverity.Medium, peer.Id, target, null, problem);
            return PeerMessage.Refusal(problem);
        }

        var recipients = item!.Recipients.Select(r => r.PrincipalId).ToList();
        events.Report(MessagingEventKinds.ContextReceived, SecuritySeverity.Info, peer.Id, target,
            $"name={item.Name} sender={item.Sender} recipients={string.Join(',', recipients)} addressed={recipients.Contains(agentId)}",
            "context item received");
        return PeerMessage.Ack(item.Id);
    }
}
