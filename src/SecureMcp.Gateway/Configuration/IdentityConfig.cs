namespace SecureMcp.Gateway.Configuration;

/// <summary>Identity settings of the gateway: our CA, client certificates, tokens.</summary>
/// <param name="CaDirectory">The CA folder made by <c>securemcp ca init</c>.</param>
/// <param name="ClientCertificates">Whether TLS clients may or must present a certificate of our CA.</param>
/// <param name="Tokens">Serve the OAuth token endpoint and accept ES256 access tokens.</param>
/// <param name="PassphraseVariable">The environment variable holding the key-store passphrase.</param>
public sealed record IdentityConfig(string CaDirectory, ClientCertificateMode ClientCertificates, bool Tokens, string PassphraseVariable)
{
    /// <summary>Operator accounts with MFA for the admin API; null: no <c>/admin/login</c>.</summary>
    public OperatorsConfig? Operators { get; init; }
}

/// <summary>How the TLS endpoint treats client certificates.</summary>
public enum ClientCertificateMode
{
    /// <summary>Never asks for one.</summary>
    None,

    /// <summary>Asks; a client without one can still use a token or an API key.</summary>
    Allow,

    /// <summary>Refuses the TLS handshake without a valid certificate of our CA.</summary>
    Require,
}
