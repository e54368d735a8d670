namespace SecureMcp.Identity.Channel;

/// <summary>The exact refusal reasons of the secure channel, stable for audit queries and tests.</summary>
internal static class ChannelFailures
{
    public const string Malformed = "message is malformed";
    public const string Replayed = "message was already received (replay)";
    public const string TooOld = "message is older than the replay window";
    public const string Tampered = "message failed authentication (tampered or wrong key)";
    public const string Stale = "message timestamp is outside the allowed skew";
    public const string BadEpoch = "message key epoch is out of range";
    public const string HandshakeMalformed = "handshake message is malformed";
    public const string HandshakeSignature = "handshake signature is invalid";
    public const string HandshakeCertificate = "peer certificate was refused";
    public const string UnexpectedPeer = "peer is not the expected principal";
    public const string NoCommonAlgorithm = "no common cipher";
    public const string StaleHello = "handshake timestamp is outside the allowed skew";
}
