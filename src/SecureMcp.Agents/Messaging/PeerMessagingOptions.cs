using System.Net;
using SecureMcp.Identity.Channel;

namespace SecureMcp.Agents.Messaging;

/// <summary>Limits of agent-to-agent messaging: frame and content sizes, connections, timeouts, and the channel itself.</summary>
internal sealed record PeerMessagingOptions
{
    /// <summary>Largest handshake frame; a hello with a certificate is about 1.5 KB.</summary>
    public const int MaxHandshakeFrameBytes = HandshakeMessage.MaxSize;

    /// <summary>Where to accept connections (loopback; port 0 picks a free port).</summary>
    public required IPEndPoint Listen { get; init; }

    /// <summary>Largest sealed record after the handshake; 1 MiB by default.</summary>
    public int MaxFrameBytes { get; init; } = 1024 * 1024;

    /// <summary>Largest content of one context item; 256 KiB by default (it travels base64-encoded, so it fits a frame).</summary>
    public int MaxContentBytes { get; init; } = 256 * 1024;

    /// <summary>Most recipients of one context item.</summary>
    public int MaxRecipients { get; init; } = 32;

    /// <summary>Most items an agent holds from its peers; further deliveries are refused.</summary>
    public int MaxInboxItems { get; init; } = 1000;

    /// <summary>Most peer connections served at once; more are closed on accept and reported.</summary>
    public int MaxConnections { get; init; } = 32;

    /// <summary>Time a connecting peer has to finish the handshake.</summary>
    public TimeSpan HandshakeTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Time a connection may stay silent between records before it is closed.</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Time a sender waits to connect, or for a reply.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Re-keying, timestamp skew and ciphers of the secure channel.</summary>
    public SecureChannelOptions Channel { get; init; } = new();

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        if (!IPAddress.IsLoopback(Listen.Address))
        {
            throw new ArgumentException($"peer.listen must be a loopback address (got '{Listen}')");
        }

        if (MaxFrameBytes < 64 * 1024 || MaxFrameBytes > 64 * 1024 * 1024)
        {
            throw new ArgumentException($"peer.maxFrameBytes must be between 64 KiB and 64 MiB (got {MaxFrameBytes})");
        }

        // base64 grows content by 4/3; the rest of an item (certificate, envelopes) needs room too.
        if (MaxContentBytes < 1 || (long)MaxContentBytes * 4 / 3 + 64 * 1024 > MaxFrameBytes)
        {
            throw new ArgumentException($"peer.maxContentBytes must be positive and fit a frame once base64-encoded (got {MaxContentBytes})");
        }

        if (MaxRecipients is < 1 or > 256 || MaxInboxItems < 1 || MaxConnections < 1)
        {
            throw new ArgumentException("peer.maxRecipients (1-256), peer.maxInboxItems and peer.maxConnections must be positive");
        }

        if (HandshakeTimeout <= TimeSpan.Zero || IdleTimeout <= TimeSpan.Zero || RequestTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException("peer.handshakeTimeout, peer.idleTimeout and peer.requestTimeout must be positive");
        }

        Channel.Validate();
    }
}
