namespace SecureMcp.Identity.Crypto;

/// <summary>The written-down parameters of every passphrase and password derivation: PBKDF2-HMAC-SHA256, 16-byte salt, 32-byte output.</summary>
internal static class Pbkdf2Parameters
{
    /// <summary>OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256.</summary>
    public const int DefaultIterations = 600_000;

    /// <summary>Unit tests may go lower; production configuration is refused below <see cref="DefaultIterations"/> unless explicitly allowed.</summary>
    public const int MinimumIterations = 1_000;

    public const int SaltSize = 16;

    public const int KeySize = 32;
}
