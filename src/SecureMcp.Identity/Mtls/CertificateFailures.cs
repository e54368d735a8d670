namespace SecureMcp.Identity.Mtls;

/// <summary>The exact refusal reasons of <see cref="CertificateValidator"/>, stable for audit queries and tests.</summary>
internal static class CertificateFailures
{
    public const string ForeignIssuer = "certificate is not issued by this gateway's CA";
    public const string Expired = "certificate has expired";
    public const string NotYetValid = "certificate is not yet valid";
    public const string Revoked = "certificate is revoked";
    public const string BadChain = "certificate chain is invalid";
    public const string KeyUsage = "certificate lacks the digitalSignature key usage";
    public const string ExtendedKeyUsage = "certificate lacks the required extended key usage";
    public const string NoPrincipal = "certificate has no valid SecureMcp principal extension";
    public const string WrongProfile = "certificate profile is not allowed for this use";
    public const string NotEcdsa = "certificate key is not ECDSA P-256";
}
