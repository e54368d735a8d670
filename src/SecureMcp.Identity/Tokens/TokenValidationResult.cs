using SecureMcp.Core.Identity;

namespace SecureMcp.Identity.Tokens;

/// <summary>The verdict on one access token.</summary>
/// <param name="Principal">The principal on success.</param>
/// <param name="Failure">The refusal reason (one of <see cref="TokenFailures"/>).</param>
/// <param name="ExpiresAt">The token's <c>exp</c> on success.</param>
/// <param name="CertificateSerial">The serial of the certificate the token was issued to.</param>
/// <param name="ConfirmationThumbprint">The <c>cnf.x5t#S256</c> binding, if any.</param>
internal sealed record TokenValidationResult(Principal? Principal, string? Failure, DateTimeOffset ExpiresAt, string? CertificateSerial, string? ConfirmationThumbprint)
{
    public static TokenValidationResult Fail(string failure) => new(null, failure, default, null, null);
}
