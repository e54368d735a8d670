namespace SecureMcp.Identity.Ca;

/// <summary>What our principal extension says about a certificate's holder.</summary>
/// <param name="Profile">The certificate's profile.</param>
/// <param name="Roles">Roles granted to the principal.</param>
/// <param name="Capabilities">Capabilities (tools, task kinds) the principal offers or may use.</param>
internal sealed record PrincipalClaims(CertificateProfile Profile, IReadOnlyList<string> Roles, IReadOnlyList<string> Capabilities);
