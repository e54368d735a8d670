namespace SecureMcp.Cli.Bench;

/// <summary>How the clients of <c>securemcp bench auth</c> authenticate to the HTTPS gateway.</summary>
internal enum AuthMode
{
    /// <summary>An API key in <c>Authorization: Bearer smk_…</c>, over a reused TLS connection.</summary>
    ApiKey,

    /// <summary>An ES256 access token obtained once per client (private_key_jwt) and reused: the cached validation path.</summary>
    Token,

    /// <summary>A client certificate of our CA on a reused TLS connection: one handshake, then cached verdicts.</summary>
    Mtls,

    /// <summary>A client certificate with a new TCP and TLS connection for every call, TLS resumption off: a full handshake per call.</summary>
    MtlsPerCall,
}
