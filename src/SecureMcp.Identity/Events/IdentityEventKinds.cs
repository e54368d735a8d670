namespace SecureMcp.Identity.Events;

/// <summary>The stable kinds of security events identity components report.</summary>
internal static class IdentityEventKinds
{
    public const string CertificateRejected = "auth.certificate.rejected";
    public const string TokenRejected = "auth.token.rejected";
    public const string ClientAssertionRejected = "auth.client-assertion.rejected";
    public const string TokenIssued = "auth.token.issued";
    public const string MfaFailed = "auth.mfa.failed";
    public const string TotpReused = "auth.mfa.totp-reused";
    public const string PasswordFailed = "auth.password.failed";
    public const string AccountLocked = "auth.account.locked";
    public const string RecoveryCodeUsed = "auth.recovery-code.used";
    public const string HandshakeFailed = "channel.handshake.failed";
    public const string ChannelReplay = "channel.replay";
    public const string ChannelTampered = "channel.tampered";
    public const string ChannelStale = "channel.stale";
    public const string ContextShared = "context.shared";
    public const string ContextOpened = "context.opened";
    public const string ContextDenied = "context.denied";
    public const string CertificateRevoked = "ca.certificate.revoked";
}
