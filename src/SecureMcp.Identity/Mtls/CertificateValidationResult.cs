using SecureMcp.Core.Identity;
using SecureMcp.Identity.Ca;

namespace SecureMcp.Identity.Mtls;

/// <summary>The verdict on one certificate: the principal it proves, or the reason it was refused.</summary>
internal sealed record CertificateValidationResult(Principal? Principal, PrincipalClaims? Claims, string? Failure, string Serial, string Thumbprint)
{
    public bool IsValid => Principal is not null;
}
