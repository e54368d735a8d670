using SecureMcp.Identity.Crypto;

namespace SecureMcp.Identity.Channel;

/// <summary>Limits of a secure channel: re-keying, timestamp skew, and the ciphers offered or accepted.</summary>
internal sealed record SecureChannelOptions
{
    /// <summary>Messages sent under one key before the sender ratchets to the next; 65,536 by default.</summary>
    public long RekeyAfterMessages { get; init; } = 65_536;

    /// <summary>Time under one key before the sender ratchets; 10 minutes by default.</summary>
    public TimeSpan RekeyAfter { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How far a message's or hello's timestamp may be from the receiver's clock; 30 s by default.</summary>
    public TimeSpan MaxClockSkew { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Ciphers in order of preference; by default every one this platform supports, AES-256-GCM first.</summary>
    public IReadOnlyList<AeadAlgorithm> Algorithms { get; init; } = AeadCipher.Supported;

    public void Validate()
    {
        if (RekeyAfterMessages is < 1 or > 1L << 32)
        {
            throw new ArgumentException($"channel.rekeyAfterMessages must be between 1 and 2^32 (was {RekeyAfterMessages}).");
        }

        if (RekeyAfter <= TimeSpan.Zero || RekeyAfter > TimeSpan.FromHours(24))
        {
            throw new ArgumentException($"channel.rekeyAfter must be positive and at most 24 hours (was {RekeyAfter}).");
        }

        if (MaxClockSkew <= TimeSpan.Zero || MaxClockSkew > TimeSpan.FromMinutes(10))
        {
            throw new ArgumentException($"channel.maxClockSkew must be positive and at most 10 minutes (was {MaxClockSkew}).");
        }

        if (Algorithms.Count == 0 || Algorithms.Any(a => !AeadCipher.Supported.Contains(a)))
        {
            throw new ArgumentException($"channel.algorithms must name ciphers this platform supports ({string.Join(", ", AeadCipher.Supported)}).");
        }
    }
}
