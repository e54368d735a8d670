using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using SecureMcp.Core.Events;
using SecureMcp.Identity.Events;
using SecureMcp.Identity.Mtls;

namespace SecureMcp.Identity.Tokens;

/// <summary>
/// Validates a <c>private_key_jwt</c> client assertion (RFC 7523 §3): ES256, signed with the key of the agent certificate
/// carried in the header's <c>x5c</c>, which must chain to our CA; iss = sub = client_id = the certificate's principal;
/// aud = the token endpoint (or issuer); exp within the maximum lifetime; jti used once.
/// </summary>
/// <remarks>
/// The key comes from the header only after the certificate holding it passed our CA's validation, so the header still
/// chooses neither the algorithm nor an untrusted key.
/// </remarks>
internal sealed class ClientAssertionValidator
{
    private readonly TokenOptions _options;
    private readonly CertificateValidator _certificates;
    private readonly TimeProvider _time;
    private readonly SecurityEventReporter _events;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _usedIds = new(StringComparer.Ordinal);

    public ClientAssertionValidator(TokenOptions options, CertificateValidator certificates, ISecurityEventSink sink, TimeProvider time)
    {
        _options = options;
        _certificates = certificates;
        _time = time;
        _events = new SecurityEventReporter(sink, time, "client-assertion");
    }

    public ClientAssertionResult Validate(string assertion, string? clientId)
    {
        var result = Check(assertion, clientId);
        if (result.Failure is not null)
        {
            _events.Report(IdentityEventKinds.ClientAssertionRejected, SecuritySeverity.High, clientId, _options.TokenEndpoint, null, result.Failure);
        }

        return result;
    }

    private ClientAssertionResult Check(string assertion, string? clientId)
    {
        if (Jws.TryParse(assertion, allowX5c: true, out var parsed) is { } parseFailure)
        {
            return Fail(parseFailure);
        }

        if (!parsed.Header.TryGetProperty("x5c", out var x5c) || x5c.ValueKind != JsonValueKind.Array || x5c.GetArrayLength() == 0 ||
            x5c[0].ValueKind != JsonValueKind.String)
        {
            return Fail(TokenFailures.AssertionNoCertificate);
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(x5c[0].GetString()!));
        }
        catch (Exception ex) when (ex is FormatException or System.Security.Cryptography.CryptographicException)
        {
            return Fail(TokenFailures.AssertionNoCertificate);
        }

        var verdict = _certificates.Validate(certificate, CertificateUse.ClientAuth);
        if (verdict.Principal is not { } principal)
        {
            return Fail($"{TokenFailures.AssertionCertificate}: {verdict.Failure}");
        }

        using (var key = certificate.GetECDsaPublicKey()!)
        {
            if (!Jws.Verify(parsed, key))
            {
                return Fail(TokenFailures.BadSignature);
            }
        }

        if (JwtClaimReader.ParseObject(parsed.Payload) is not { } payload)
        {
            return Fail(TokenFailures.Malformed);
        }

        var iss = JwtClaimReader.String(payload, "iss");
        var sub = JwtClaimReader.String(payload, "sub");
        if (iss != principal.Id || sub != principal.Id || (clientId is not null && clientId != principal.Id))
        {
            return Fail(TokenFailures.AssertionSubject);
        }

        if (!JwtClaimReader.HasAudience(payload, _options.TokenEndpoint) && !JwtClaimReader.HasAudience(payload, _options.Issuer))
        {
            return Fail(TokenFailures.WrongAudience);
        }

        var now = _time.GetUtcNow();
        if (TimeClaims.Check(payload, now, _options.ClockSkew, _options.Lifetime, out var expires) is { } timeFailure)
        {
            return Fail(timeFailure);
        }

        if (JwtClaimReader.String(payload, "jti") is not { Length: > 0 } jti)
        {
            return Fail(TokenFailures.MissingClaim);
        }

        Sweep(now);
        // The id is remembered until the assertion could no longer be accepted anyway, so the memory stays bounded.
        if (!_usedIds.TryAdd(principal.Id + "\n" + jti, expires + _options.ClockSkew))
        {
            return Fail(TokenFailures.AssertionReplayed);
        }

        return new ClientAssertionResult(principal, certificate, null);
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (id, until) in _usedIds)
        {
            if (until < now)
            {
                _usedIds.TryRemove(id, out _);
            }
        }
    }

    private static ClientAssertionResult Fail(string failure) => new(null, null, failure);
}
