namespace SecureMcp.Identity.Tokens;

/// <summary>The claims of one access token we issue.</summary>
/// <param name="Subject">The principal id (<c>sub</c>).</param>
/// <param name="Roles">Roles (<c>roles</c>).</param>
/// <param name="Capabilities">Capabilities (<c>caps</c>).</param>
/// <param name="CertificateSerial">The serial of the certificate that proved the client (<c>x5s</c>), checked against revocations.</param>
/// <param name="ConfirmationThumbprint">RFC 8705 <c>cnf.x5t#S256</c>, when the token is bound to a TLS client certificate.</param>
internal sealed record AccessTokenClaims(
    string Subject,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Capabilities,
    string CertificateSerial,
    string? ConfirmationThumbprint);
