using System.Text;

namespace SecureMcp.Identity.Keys;

/// <summary>The passphrase or environment secret the key store's master key is derived from.</summary>
internal sealed class KeyStoreSecret
{
    /// <summary>The environment variable read by <see cref="FromEnvironment"/> when none is named.</summary>
    public const string DefaultVariable = "SECUREMCP_KEYSTORE_PASSPHRASE";

    /// <summary>Shorter passphrases are refused: PBKDF2 slows guessing but cannot save a short secret.</summary>
    public const int MinimumLength = 12;

    private KeyStoreSecret(byte[] bytes) => Bytes = bytes;

    internal byte[] Bytes { get; }

    public static KeyStoreSecret FromPassphrase(string passphrase)
    {
        ArgumentNullException.ThrowIfNull(passphrase);
        if (passphrase.Length < MinimumLength)
        {
            throw new KeyStoreException($"The key store passphrase must have at least {MinimumLength} characters.");
        }

        return new KeyStoreSecret(Encoding.UTF8.GetBytes(passphrase.Normalize(NormalizationForm.FormKC)));
    }

    public static KeyStoreSecret FromEnvironment(string variable = DefaultVariable)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrEmpty(value))
        {
            throw new KeyStoreException($"Environment variable {variable} must hold the key store passphrase.");
        }

        return FromPassphrase(value);
    }
}
