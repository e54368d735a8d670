using SecureMcp.Core.Identity;

namespace SecureMcp.Identity.Tokens;

/// <summary>Authenticates <c>Authorization: Bearer &lt;jwt&gt;</c> with our access tokens, through a verified-token cache.</summary>
/// <remarks>
/// Bearer values starting with <c>smk_</c> are API keys and left to that scheme. Any other bearer value is ours, so a
/// malformed or forged one is refused here rather than treated as absent. A cache hit costs one SHA-256 of the token
/// and a dictionary lookup; a miss costs one ECDSA P-256 verification.
/// </remarks>
internal sealed class JwtAuthenticator(TokenValidator validator, VerifiedTokenCache cache) : IAuthenticator
{
    private const string ApiKeyPrefix = "smk_";

    public string Scheme => "token";

    public string Challenge => BearerChallenge.Build(validator.Options.ResourceMetadataUrl);

    public ValueTask<AuthenticationResult> AuthenticateAsync(AuthenticationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Headers.TryGetValue("Authorization", out var authorization) ||
            !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return ValueTask.FromResult(AuthenticationResult.None);
        }

        var token = authorization[7..].Trim();
        if (token.StartsWith(ApiKeyPrefix, StringComparison.Ordinal))
        {
            return ValueTask.FromResult(AuthenticationResult.None);
        }

        return ValueTask.FromResult(Authenticate(token, request.ClientCertificate));
    }

    /// <summary>Authenticates one token (the per-request path, also used by benchmarks).</summary>
    public AuthenticationResult Authenticate(string token, System.Security.Cryptography.X509Certificates.X509Certificate2? presented)
    {
        var key = TokenHash.Of(token);
        var epoch = validator.Revocations.Epoch;
        if (cache.TryGet(key, epoch, out var entry) && CertificateConfirmation.Matches(entry.ConfirmationThumbprint, presented))
        {
            return AuthenticationResult.Success(entry.Principal);
        }

        var result = validator.Validate(token, presented);
        if (result.Principal is null)
        {
            return AuthenticationResult.Fail(result.Failure!);
        }

        cache.Add(key, new VerifiedTokenCache.Entry(result.Principal, result.ExpiresAt, epoch, result.ConfirmationThumbprint));
        return AuthenticationResult.Success(result.Principal);
    }
}
