using Microsoft.Extensions.Logging;
using SecureMcp.Identity.Channel;
using SecureMcp.Identity.Events;

namespace SecureMcp.Agents.Messaging;

/// <summary>What every peer connection of one agent shares: limits, the agent's channel credentials, the handler, events, log and clock.</summary>
internal sealed record PeerServices(
    PeerMessagingOptions Options,
    ChannelCredentials Credentials,
    IPeerMessageHandler Handler,
    SecurityEventReporter Events,
    ILogger Logger,
    TimeProvider Time);
