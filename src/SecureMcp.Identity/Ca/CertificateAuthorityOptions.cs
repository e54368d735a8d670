using SecureMcp.Identity.Crypto;

namespace SecureMcp.Identity.Ca;

/// <summary>Where the CA keeps its state and how long what it issues lives.</summary>
/// <param name="Directory">Holds <c>root.crt</c>, <c>ca.db</c> (index and revocations) and <c>keys/</c> (the encrypted key store).</param>
internal sealed record CertificateAuthorityOptions(string Directory)
{
    /// <summary>The root's common name.</summary>
    public string RootName { get; init; } = "SecureMcp Root CA";

    /// <summary>How long the root is valid.</summary>
    public TimeSpan RootLifetime { get; init; } = TimeSpan.FromDays(3650);

    /// <summary>Default validity of issued certificates.</summary>
    public TimeSpan LeafLifetime { get; init; } = TimeSpan.FromDays(30);

    /// <summary>Rotation re-issues a certificate once less than this is left, so old and new overlap for this long.</summary>
    public TimeSpan RotationOverlap { get; init; } = TimeSpan.FromDays(7);

    /// <summary>Issued certificates start this long before issue time, to tolerate peers whose clocks run slightly behind.</summary>
    public TimeSpan Backdate { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>PBKDF2 iterations of the key store's master key.</summary>
    public int KeyStoreIterations { get; init; } = Pbkdf2Parameters.DefaultIterations;

    /// <summary>Lets tests use a cheap key store derivation. Never set in configuration.</summary>
    public bool AllowWeakIterationsForTests { get; init; }

    /// <summary>How stale the in-memory revocation list may be before it checks the index for new revocations.</summary>
    public TimeSpan RevocationRefreshInterval { get; init; } = TimeSpan.FromSeconds(1);

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Directory))
        {
            throw new ArgumentException("ca.directory must name a directory.");
        }

        if (LeafLifetime <= TimeSpan.Zero || LeafLifetime >= RootLifetime)
        {
            throw new ArgumentException($"ca.leafLifetime must be positive and shorter than ca.rootLifetime (was {LeafLifetime}).");
        }

        if (RotationOverlap <= TimeSpan.Zero || RotationOverlap >= LeafLifetime)
        {
            throw new ArgumentException($"ca.rotationOverlap must be positive and shorter than ca.leafLifetime (was {RotationOverlap}).");
        }

        if (Backdate < TimeSpan.Zero || Backdate > TimeSpan.FromHours(1))
        {
            throw new ArgumentException($"ca.backdate must be between 0 and 1 hour (was {Backdate}).");
        }

        if (RevocationRefreshInterval < TimeSpan.Zero || RevocationRefreshInterval > TimeSpan.FromMinutes(1))
        {
            throw new ArgumentException($"ca.revocationRefreshInterval must be between 0 and 1 minute (was {RevocationRefreshInterval}).");
        }
    }
}
