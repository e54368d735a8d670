using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using SecureMcp.Core.Events;
using SecureMcp.Core.Identity;
using SecureMcp.Identity.Ca;
using SecureMcp.Identity.Events;

namespace SecureMcp.Identity.Tokens;

/// <summary>Validates our access tokens: strict ES256 signature, issuer, audience, times with bounded skew, revocation, certificate binding.</summary>
internal sealed class TokenValidator
{
    private readonly TokenOptions _options;
    private readonly ECDsa _verificationKey;
    private readonly TimeProvider _time;
    private readonly SecurityEventReporter _events;

    public TokenValidator(TokenOptions options, ECDsa verificationKey, RevocationList revocations, ISecurityEventSink sink, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _verificationKey = verificationKey;
        Revocations = revocations;
        _time = time;
        _events = new SecurityEventReporter(sink, time, "jwt");
    }

    public TokenOptions Options => _options;

    public RevocationList Revocations { get; }

    /// <summary>Validates <paramref name="token"/>; <paramref name="presented"/> is the TLS client certificate, if any.</summary>
    public TokenValidationResult Validate(string token, X509Certificate2? presented)
    {
        var result = Check(token, presented);
        if (result.Failure is not null)
        {
            var digest = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token ?? ""))).AsSpan(0, 16).ToString();
            _events.Report(IdentityEventKinds.TokenRejected, SecuritySeverity.High, result.CertificateSerial is null ? null : "x5s:" + result.CertificateSerial,
                _options.Audience, "token-sha256=" + digest, result.Failure);
        }

        return result;
    }

    private TokenValidationResult Check(string token, X509Certificate2? presented)
    {
        if (Jws.TryParse(token, allowX5c: false, out var parsed) is { } parseFailure)
        {
            return TokenValidationResult.Fail(parseFailure);
        }

        if (!Jws.Verify(parsed, _verificationKey))
        {
            return TokenValidationResult.Fail(TokenFailures.BadSignature);
        }

        if (JwtClaimReader.ParseObject(parsed.Payload) is not { } payload)
        {
            return TokenValidationResult.Fail(TokenFailures.Malformed);
        }

        if (JwtClaimReader.String(payload, "iss") != _options.Issuer)
        {
            return TokenValidationResult.Fail(TokenFailures.WrongIssuer);
        }

        if (!JwtClaimReader.HasAudience(payload, _options.Audience))
        {
            return TokenValidationResult.Fail(TokenFailures.WrongAudience);
        }

        if (TimeClaims.Check(payload, _time.GetUtcNow(), _options.ClockSkew, _options.MaxLifetime, out var expires) is { } timeFailure)
        {
            return TokenValidationResult.Fail(timeFailure);
        }

        var subject = JwtClaimReader.String(payload, "sub");
        var serial = JwtClaimReader.String(payload, "x5s");
        if (string.IsNullOrEmpty(subject) || string.IsNullOrEmpty(serial))
        {
            return TokenValidationResult.Fail(TokenFailures.MissingClaim);
        }

        if (Revocations.IsRevoked(serial))
        {
            return new TokenValidationResult(null, TokenFailures.Revoked, default, serial, null);
        }

        string? bound = null;
        if (payload.TryGetProperty("cnf", out var cnf))
        {
            bound = cnf.ValueKind == System.Text.Json.JsonValueKind.Object ? JwtClaimReader.String(cnf, "x5t#S256") : null;
            if (bound is null || !CertificateConfirmation.Matches(bound, presented))
            {
                return new TokenValidationResult(null, TokenFailures.CertificateBinding, default, serial, null);
            }
        }

        var principal = new Principal(subject, "token", JwtClaimReader.Strings(payload, "roles"))
        {
            Attributes = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["capabilities"] = string.Join(',', JwtClaimReader.Strings(payload, "caps")),
                ["certificate.serial"] = serial,
                ["token.jti"] = JwtClaimReader.String(payload, "jti") ?? "",
                ["token.exp"] = expires.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            },
        };
        return new TokenValidationResult(principal, null, expires, serial, bound);
    }
}
