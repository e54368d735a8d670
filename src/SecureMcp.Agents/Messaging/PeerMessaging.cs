using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Server;
using SecureMcp.Core.Events;
using SecureMcp.Identity.Channel;
using SecureMcp.Identity.Context;
using SecureMcp.Identity.Events;
using SecureMcp.Identity.Mtls;

namespace SecureMcp.Agents.Messaging;

/// <summary>An agent's secure messaging: its peer endpoint, its context store and inbox, and the MCP tools over them.</summary>
internal sealed class PeerMessaging : IAsyncDisposable
{
    private readonly PeerListener _listener;

    private PeerMessaging(PeerInfo info, ContextMessenger messenger, PeerListener listener)
    {
        Info = info;
        Messenger = messenger;
        _listener = listener;
    }

    public PeerInfo Info { get; }

    public ContextMessenger Messenger { get; }

    public IPEndPoint Endpoint => _listener.Endpoint;

    /// <summary>The stderr line that announces the endpoint: <c>securemcp-agent peer-endpoint AGENT IP:PORT</c>.</summary>
    public string Announcement => $"securemcp-agent peer-endpoint {Info.Agent} {Info.Endpoint}";

    /// <summary>Checks the agent's own certificate against the CA, then starts listening.</summary>
    /// <param name="agentId">The agent; its certificate must be issued to it.</param>
    /// <param name="certificate">The agent's certificate with its private key.</param>
    /// <param name="validator">Our CA's validator (root and revocations).</param>
    /// <param name="options">Limits and the listen endpoint.</param>
    /// <param name="sink">The agent's audit sink.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">The messaging log.</param>
    public static PeerMessaging Start(string agentId, X509Certificate2 certificate,
        CertificateValidator validator, PeerMessagingOptions options, ISecurityEventSink sink, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var own = validator.Validate(certificate, CertificateUse.AgentPeer);
        if (own.Principal?.Id != agentId)
        {
            throw new ArgumentException($"the agent's certificate cannot be used for peer messaging: {own.Failure ?? $"it is issued to '{own.Principal?.Id}'"}");
        }

        var credentials = new ChannelCredentials(certificate, validator, options.Channel, sink, time);
        var events = new SecurityEventReporter(sink, time, "agent-messaging");
        var inbox = new ContextInbox(options.MaxInboxItems);
        var receiver = new ContextReceiver(agentId, inbox, options, events, time);
        var messenger = new ContextMessenger(agentId, certificate, credentials, new ContextStore(validator, sink, time), inbox, options, events);
        var listener = PeerListener.Start(new PeerServices(options, credentials, receiver, events, logger, time));
        var info = new PeerInfo(agentId, listener.Endpoint.ToString(), own.Thumbprint, [.. options.Channel.Algorithms.Select(a => a.ToString())]);
        events.Report(MessagingEventKinds.Listening, SecuritySeverity.Info, agentId, "peer-endpoint",
            $"endpoint={info.Endpoint} cert_sha256={info.CertificateSha256}", "agent accepts peer channels");
        PeerLog.Listening(logger, agentId, info.Endpoint);
        return new PeerMessaging(info, messenger, listener);
    }

    /// <summary>The MCP tools: <c>peer_info</c>, <c>share_context</c>, <c>read_context</c>, <c>forward_context</c>.</summary>
    public IReadOnlyList<McpServerTool> Tools() =>
        [new PeerInfoTool(Info), new ShareContextTool(Messenger), new ReadContextTool(Messenger), new ForwardContextTool(Messenger)];

    public ValueTask DisposeAsync() => _listener.DisposeAsync();
}
