namespace SecureMcp.Agents.Messaging;

/// <summary>The stable kinds of security events agent messaging reports (the channel and context store report their own).</summary>
internal static class MessagingEventKinds
{
    public const string Listening = "peer.listening";
    public const string FrameOversized = "peer.frame.oversized";
    public const string ConnectionRefused = "peer.connection.refused";
    public const string MessageMalformed = "peer.message.malformed";
    public const string ContextReceived = "context.received";
    public const string ContextRefused = "context.refused";
    public const string ContextDelivered = "context.delivered";
    public const string ContextDeliveryFailed = "context.delivery.failed";
}
