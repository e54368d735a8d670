using SecureMcp.Identity.Keys;

namespace SecureMcp.Identity.Operators;

/// <summary>Where the key that encrypts TOTP seeds comes from, so that the CLI (enrolment) and the gateway (sign-in) agree.</summary>
/// <remarks>
/// The key is <see cref="KeyStore.DeriveKey"/>(<c>operator-totp</c>) of the gateway's key store, the <c>gateway-keys</c> folder
/// inside the CA folder, opened with the key-store passphrase. Changing the passphrase or losing that folder makes every
/// enrolled seed unreadable: operators then have to be enrolled again.
/// </remarks>
internal static class OperatorSecretKey
{
    /// <summary>The key-store purpose the TOTP-seed key is derived for.</summary>
    public const string Purpose = "operator-totp";

    /// <summary>The gateway's key store, a folder inside the CA folder.</summary>
    public const string GatewayKeyStoreFolder = "gateway-keys";

    /// <summary>The gateway's key-store folder for the CA folder <paramref name="caDirectory"/>.</summary>
    public static string KeyStoreDirectory(string caDirectory) => Path.Combine(caDirectory, GatewayKeyStoreFolder);

    /// <summary>The protector of TOTP seeds, from an open gateway key store.</summary>
    public static SecretProtector Protector(KeyStore keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return new SecretProtector(keys.DeriveKey(Purpose));
    }

    /// <summary>Opens (or creates) the gateway key store of <paramref name="caDirectory"/> and returns the protector of TOTP seeds.</summary>
    public static SecretProtector Protector(string caDirectory, KeyStoreSecret secret) =>
        Protector(KeyStore.Open(new KeyStoreOptions(KeyStoreDirectory(caDirectory)), secret));
}
