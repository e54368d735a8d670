namespace SecureMcp.Identity.Tokens;

/// <summary>The exact refusal reasons of token and client-assertion validation, stable for audit queries and tests.</summary>
internal static class TokenFailures
{
    public const string Malformed = "token is malformed";
    public const string AlgorithmNotAllowed = "token algorithm is not allowed (only ES256)";
    public const string ForbiddenHeader = "token header names a key source that is never trusted (jku, jwk, x5u, crit)";
    public const string BadSignature = "token signature is invalid";
    public const string Expired = "token has expired";
    public const string NotYetValid = "token is not yet valid";
    public const string IssuedInFuture = "token was issued in the future";
    public const string LifetimeTooLong = "token lifetime exceeds the maximum";
    public const string WrongAudience = "token audience is not this gateway";
    public const string WrongIssuer = "token issuer is not trusted";
    public const string MissingClaim = "token lacks a required claim";
    public const string Revoked = "token was issued to a revoked certificate";
    public const string CertificateBinding = "token is bound to a certificate that was not presented";
    public const string AssertionReplayed = "client assertion was already used";
    public const string AssertionSubject = "client assertion iss, sub and client_id must all name the certificate's principal";
    public const string AssertionCertificate = "client assertion certificate was refused";
    public const string AssertionNoCertificate = "client assertion must carry its x5c certificate";
}
