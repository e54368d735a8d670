using System.Collections.Concurrent;
using System.Security.Cryptography;
using SecureMcp.Core.Identity;

namespace SecureMcp.Identity.Mtls;

/// <summary>Authenticates a request by the TLS client certificate Kestrel received, validated against our CA.</summary>
/// <remarks>
/// Keep-alive connections present the same certificate on every request, so verdicts are cached by the certificate's
/// SHA-256; an entry is dropped once the certificate expires or the revocation epoch moves.
/// </remarks>
internal sealed class MtlsAuthenticator(CertificateValidator validator, TimeProvider time) : IAuthenticator
{
    private const int MaxCached = 10_000;
    private readonly ConcurrentDictionary<string, Cached> _cache = new(StringComparer.Ordinal);

    public string Scheme => "mtls";

    public string Challenge => "Certificate realm=\"securemcp\"";

    public ValueTask<AuthenticationResult> AuthenticateAsync(AuthenticationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ClientCertificate is not { } certificate)
        {
            return ValueTask.FromResult(AuthenticationResult.None);
        }

        var key = Convert.ToHexStringLower(SHA256.HashData(certificate.RawData));
        var epoch = validator.Revocations.Epoch;
        if (_cache.TryGetValue(key, out var cached) && cached.Epoch == epoch && time.GetUtcNow() <= cached.NotAfter)
        {
            return ValueTask.FromResult(AuthenticationResult.Success(cached.Principal));
        }

        var result = validator.Validate(certificate, CertificateUse.ClientAuth);
        if (result.Principal is null)
        {
            _cache.TryRemove(key, out _);
            return ValueTask.FromResult(AuthenticationResult.Fail(result.Failure!));
        }

        if (_cache.Count >= MaxCached)
        {
            _cache.Clear();
        }

        _cache[key] = new Cached(result.Principal, epoch, certificate.NotAfter.ToUniversalTime());
        return ValueTask.FromResult(AuthenticationResult.Success(result.Principal));
    }

    private sealed record Cached(Principal Principal, long Epoch, DateTimeOffset NotAfter);
}
