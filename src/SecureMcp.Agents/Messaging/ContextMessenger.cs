using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using SecureMcp.Core.Events;
using SecureMcp.Identity.Channel;
using SecureMcp.Identity.Context;
using SecureMcp.Identity.Events;

namespace SecureMcp.Agents.Messaging;

/// <summary>The sending and reading side of context sharing, behind the agent's MCP tools.</summary>
/// <remarks>
/// A share first opens a channel to every recipient. The handshake proves each endpoint is the named agent and hands
/// over its CA-validated certificate, so the item is sealed to exactly the keys that proved themselves; no certificate
/// is ever taken from the caller. Then the one sealed item goes to each recipient over its channel.
/// </remarks>
internal sealed class ContextMessenger(
    string agentId,
    X509Certificate2 certificate,
    ChannelCredentials credentials,
    ContextStore store,
    ContextInbox inbox,
    PeerMessagingOptions options,
    SecurityEventReporter events)
{
    public string AgentId => agentId;

    public async Task<ShareOutcome> ShareAsync(string name, string content, IReadOnlyList<PeerAddress> to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(to);
        var bytes = Encoding.UTF8.GetBytes(content);
        CheckShare(name, bytes.Length, to);
        var links = new List<PeerLink>();
        var recipients = new List<X509Certificate2>();
        try
        {
            foreach (var target in to)
            {
                var link = await ConnectAsync(target, cancellationToken);
                links.Add(link);
                recipients.Add(X509CertificateLoader.LoadCertificate(link.Channel.PeerCertificate));
            }

            var item = store.Share(certificate, name, bytes, recipients);
            var deliveries = new List<Delivery>();
            for (var i = 0; i < links.Count; i++)
            {
                deliveries.Add(await DeliverAsync(links[i], to[i], item, cancellationToken));
            }

            return new ShareOutcome(item.Id, item.Name, [.. item.Recipients.Select(r => r.PrincipalId)], deliveries);
        }
        finally
        {
            links.ForEach(l => l.Dispose());
            recipients.ForEach(c => c.Dispose());
        }
    }

    /// <summary>Passes a held item on unchanged (still sealed) to another agent.</summary>
    public async Task<Delivery> ForwardAsync(string id, PeerAddress to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(to);
        var item = inbox.Get(id)?.Item ?? store.Get(id) ?? throw new ArgumentException($"{agentId} holds no context item '{id}'");
        using var link = await ConnectAsync(to, cancellationToken);
        return await DeliverAsync(link, to, item, cancellationToken);
    }

    /// <summary>Opens one held item as this agent; throws <see cref="ContextAccessDeniedException"/> (audited) if it may not.</summary>
    public OpenedContext Open(string id)
    {
        // An id not in the inbox goes to the store, which holds what this agent shared and audits the refused open.
        var received = inbox.Get(id);
        var item = received?.Item ?? store.Get(id);
        var content = item is null ? store.Open(id, certificate) : store.Open(item, certificate);
        return new OpenedContext(item!.Id, item.Name, item.Sender, [.. item.Recipients.Select(r => r.PrincipalId)],
            received?.ReceivedFrom ?? agentId, item.CreatedAt, Encoding.UTF8.GetString(content));
    }

    /// <summary>Opens every held item addressed to this agent; lists the others without trying them.</summary>
    public ContextReading ReadAll()
    {
        var opened = new List<OpenedContext>();
        var unread = new List<UnreadContext>();
        foreach (var received in inbox.All())
        {
            var item = received.Item;
            if (!item.Recipients.Any(r => r.PrincipalId == agentId))
            {
                unread.Add(new UnreadContext(item.Id, item.Name, item.Sender, "not addressed to " + agentId));
                continue;
            }

            try
            {
                opened.Add(Open(item.Id));
            }
            catch (ContextAccessDeniedException ex)
            {
                unread.Add(new UnreadContext(item.Id, item.Name, item.Sender, ex.Message));
            }
        }

        return new ContextReading(opened, unread);
    }

    private void CheckShare(string name, int contentBytes, IReadOnlyList<PeerAddress> to)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > SealedItemCheck.MaxNameLength)
        {
            throw new ArgumentException($"name must be 1-{SealedItemCheck.MaxNameLength} characters");
        }

        if (contentBytes > options.MaxContentBytes)
        {
            throw new ArgumentException($"content of {contentBytes} bytes exceeds the limit of {options.MaxContentBytes} bytes");
        }

        if (to.Count == 0 || to.Count > options.MaxRecipients)
        {
            throw new ArgumentException($"to must name 1-{options.MaxRecipients} recipients");
        }

        if (to.Select(t => t.Agent).Distinct(StringComparer.Ordinal).Count() != to.Count)
        {
            throw new ArgumentException("to names a recipient twice");
        }
    }

    private async Task<PeerLink> ConnectAsync(PeerAddress target, CancellationToken cancellationToken)
    {
        try
        {
            return await PeerClient.ConnectAsync(target.Endpoint, target.Agent, credentials, options, cancellationToken);
        }
        catch (Exception ex) when (IsPeerFailure(ex, cancellationToken))
        {
            throw new PeerMessagingException($"cannot open a channel to {target.Agent} at {target.Endpoint}: {Describe(ex)}", ex);
        }
    }

    private async Task<Delivery> DeliverAsync(PeerLink link, PeerAddress target, SealedContextItem item, CancellationToken cancellationToken)
    {
        string error;
        try
        {
            var reply = await link.RequestAsync(PeerMessage.Context(item), cancellationToken);
            if (reply.Type == PeerMessage.AckType && reply.Id == item.Id)
            {
                events.Report(MessagingEventKinds.ContextDelivered, SecuritySeverity.Info, agentId, "context:" + item.Id,
                    $"to={target.Agent} endpoint={target.Endpoint} session={link.Channel.SessionId}", "context item delivered");
                return new Delivery(target.Agent, target.Endpoint.ToString(), true, null);
            }

            error = reply.Error ?? $"unexpected reply '{reply.Type}'";
        }
        catch (Exception ex) when (IsPeerFailure(ex, cancellationToken))
        {
            error = Describe(ex);
        }

        events.Report(MessagingEventKinds.ContextDeliveryFailed, SecuritySeverity.Medium, agentId, "context:" + item.Id,
            $"to={target.Agent} endpoint={target.Endpoint}", error);
        return new Delivery(target.Agent, target.Endpoint.ToString(), false, error);
    }

    private static bool IsPeerFailure(Exception ex, CancellationToken cancellationToken) =>
        ex is IOException or SocketException or SecureChannelException or FrameTooLargeException
        || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private string Describe(Exception ex) => ex is OperationCanceledException
        ? $"no answer within {options.RequestTimeout.TotalSeconds:0.#} s"
        : ex.Message;
}
