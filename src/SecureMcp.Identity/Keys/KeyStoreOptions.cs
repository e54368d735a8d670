using SecureMcp.Identity.Crypto;

namespace SecureMcp.Identity.Keys;

/// <summary>Where the key store lives and how hard its passphrase derivation is.</summary>
/// <param name="Directory">The directory holding <c>keystore.json</c> and the <c>*.key</c> files (created 0700).</param>
/// <param name="Iterations">PBKDF2-HMAC-SHA256 iterations for the master key; 600,000 by default. Used when the store is created; an existing store keeps its own.</param>
internal sealed record KeyStoreOptions(string Directory, int Iterations = Pbkdf2Parameters.DefaultIterations)
{
    /// <summary>Lets tests use fewer than 600,000 iterations. Never set in configuration.</summary>
    public bool AllowWeakIterationsForTests { get; init; }

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Directory))
        {
            throw new ArgumentException("keyStore.directory must name a directory.");
        }

        var minimum = AllowWeakIterationsForTests ? Pbkdf2Parameters.MinimumIterations : Pbkdf2Parameters.DefaultIterations;
        if (Iterations < minimum)
        {
            throw new ArgumentException($"keyStore.iterations must be at least {minimum} (was {Iterations}).");
        }
    }
}
