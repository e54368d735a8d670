using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using SecureMcp.Core.Events;
using SecureMcp.Core.Identity;
using SecureMcp.Identity.Ca;
using SecureMcp.Identity.Events;

namespace SecureMcp.Identity.Mtls;

/// <summary>
/// Validates a certificate against our CA only: chain to our root (custom root trust, never the system store), validity
/// at the <see cref="TimeProvider"/>'s time, our revocation list, key usage, extended key usage and the principal extension.
/// </summary>
internal sealed class CertificateValidator
{
    private const string ClientAuthOid = "1.3.6.1.5.5.7.3.2";
    private const string ServerAuthOid = "1.3.6.1.5.5.7.3.1";
    private readonly X509Certificate2 _root;
    private readonly string _rootThumbprint;
    private readonly SecurityEventReporter _events;
    private readonly TimeProvider _time;

    public CertificateValidator(X509Certificate2 root, RevocationList revocations, ISecurityEventSink sink, TimeProvider time)
    {
        _root = root;
        _rootThumbprint = CertificateAuthority.Thumbprint(root);
        Revocations = revocations;
        _time = time;
        _events = new SecurityEventReporter(sink, time, "mtls");
    }

    /// <summary>The revocation list consulted on every validation.</summary>
    public RevocationList Revocations { get; }

    /// <summary>A validator for the CA in <paramref name="directory"/>, reading only its root and index (no key store).</summary>
    public static CertificateValidator ForDirectory(string directory, ISecurityEventSink sink, TimeProvider time, TimeSpan? revocationRefresh = null) =>
        new(CertificateAuthority.LoadRoot(directory),
            new RevocationList(CertificateAuthority.OpenIndex(directory), time, revocationRefresh ?? TimeSpan.FromSeconds(1)), sink, time);

    /// <summary>The principal a refused certificate is recorded under: its claimed name, marked as unproven.</summary>
    /// <remarks>A certificate from a foreign CA can carry any name; recording it as that principal would put an impostor's
    /// refusal under the real agent's name in the audit trail.</remarks>
    public static string Unverified(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return "unverified:" + certificate.GetNameInfo(X509NameType.SimpleName, false);
    }

    /// <summary>The chain policy to give the TLS layer (<c>SslServerAuthenticationOptions.CertificateChainPolicy</c>).</summary>
    /// <remarks>A chain SslStream builds under it can be passed to <see cref="Validate(X509Certificate2, X509Chain?, CertificateUse)"/>
    /// and is reused there, so each handshake builds one chain instead of two.</remarks>
    public X509ChainPolicy CreateChainPolicy() => CaChainPolicy.Create(_root);

    /// <summary>Validates <paramref name="certificate"/> for <paramref name="use"/>; reports a security event when it is refused.</summary>
    public CertificateValidationResult Validate(X509Certificate2 certificate, CertificateUse use = CertificateUse.ClientAuth) =>
        Validate(certificate, null, use);

    /// <summary>Validates <paramref name="certificate"/> for <paramref name="use"/>, reusing <paramref name="builtChain"/> when it was built under our policy.</summary>
    /// <remarks>
    /// <paramref name="builtChain"/> is reused only when it was built for this very certificate under
    /// <see cref="CreateChainPolicy"/>'s trust (custom root trust, our root alone, no verification flags); otherwise it is
    /// ignored and a chain is built here, so a chain built against the system store or another root never decides.
    /// Every other check is the same either way, and times are judged at the <see cref="TimeProvider"/>'s time.
    /// </remarks>
    public CertificateValidationResult Validate(X509Certificate2 certificate, X509Chain? builtChain, CertificateUse use)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var serial = certificate.SerialNumber.ToLowerInvariant();
        var thumbprint = CertificateAuthority.Thumbprint(certificate);
        var (failure, claims) = Check(certificate, builtChain, serial, use);
        if (failure is not null)
        {
            var severity = failure is CertificateFailures.Expired or CertificateFailures.NotYetValid ? SecuritySeverity.Medium : SecuritySeverity.High;
            _events.Report(IdentityEventKinds.CertificateRejected, severity, Unverified(certificate),
                use.ToString(), $"serial={serial} sha256={thumbprint} issuer={certificate.Issuer}", failure);
            return new CertificateValidationResult(null, null, failure, serial, thumbprint);
        }

        var id = certificate.GetNameInfo(X509NameType.SimpleName, false);
        var principal = new Principal(id, "mtls", claims!.Roles)
        {
            Attributes = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["profile"] = PrincipalExtension.ProfileName(claims.Profile),
                ["capabilities"] = string.Join(',', claims.Capabilities),
                ["certificate.serial"] = serial,
                ["certificate.sha256"] = thumbprint,
                ["certificate.subject"] = certificate.Subject,
                ["certificate.notAfter"] = certificate.NotAfter.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            },
        };
        return new CertificateValidationResult(principal, claims, null, serial, thumbprint);
    }

    private (string? Failure, PrincipalClaims? Claims) Check(X509Certificate2 certificate, X509Chain? builtChain, string serial, CertificateUse use)
    {
        var now = _time.GetUtcNow();
        var reused = Reusable(builtChain, certificate);
        using var own = reused is null ? new X509Chain { ChainPolicy = OwnPolicy(now) } : null;
        var ownBuilt = own?.Build(certificate);
        var chain = reused ?? own!;
        var anchoredHere = chain.ChainElements.Count >= 2 &&
                           CertificateAuthority.Thumbprint(chain.ChainElements[^1].Certificate) == _rootThumbprint;
        var statuses = chain.ChainStatus.Aggregate(X509ChainStatusFlags.NoError, (all, s) => all | s.Status);
        // SslStream asks every element for the clientAuth usage; usage is judged by CheckUsage, as for our own chain.
        var built = ownBuilt ?? (statuses & ~X509ChainStatusFlags.NotValidForUsage) == X509ChainStatusFlags.NoError;
        // A foreign CA with the same name as ours shows up as a bad signature on a chain that seems to reach our root.
        const X509ChainStatusFlags notOurs = X509ChainStatusFlags.UntrustedRoot | X509ChainStatusFlags.PartialChain | X509ChainStatusFlags.NotSignatureValid;
        if (!anchoredHere || (statuses & notOurs) != 0)
        {
            return (CertificateFailures.ForeignIssuer, null);
        }

        if (now < certificate.NotBefore.ToUniversalTime())
        {
            return (CertificateFailures.NotYetValid, null);
        }

        // A reused chain was built at the TLS layer's clock, so every element is also checked at ours.
        if (now > certificate.NotAfter.ToUniversalTime() || (statuses & X509ChainStatusFlags.NotTimeValid) != 0 || !ValidAt(chain, now))
        {
            return (CertificateFailures.Expired, null);
        }

        if (!built)
        {
            return ($"{CertificateFailures.BadChain}: {statuses}", null);
        }

        if (Revocations.IsRevoked(serial))
        {
            return (CertificateFailures.Revoked, null);
        }

        return CheckUsage(certificate, use);
    }

    /// <summary><paramref name="chain"/> when it was built for <paramref name="certificate"/> under our trust; otherwise null.</summary>
    private X509Chain? Reusable(X509Chain? chain, X509Certificate2 certificate) =>
        chain is not null && CaChainPolicy.IsOurs(chain.ChainPolicy, _rootThumbprint) && chain.ChainElements.Count > 0 &&
        chain.ChainElements[0].Certificate.RawDataMemory.Span.SequenceEqual(certificate.RawDataMemory.Span)
            ? chain
            : null;

    private X509ChainPolicy OwnPolicy(DateTimeOffset now)
    {
        var policy = CaChainPolicy.Create(_root);
        policy.VerificationTime = now.UtcDateTime;
        policy.VerificationTimeIgnored = false;
        return policy;
    }

    private static bool ValidAt(X509Chain chain, DateTimeOffset now)
    {
        foreach (var element in chain.ChainElements)
        {
            if (now < element.Certificate.NotBefore.ToUniversalTime() || now > element.Certificate.NotAfter.ToUniversalTime())
            {
                return false;
            }
        }

        return true;
    }

    private static (string? Failure, PrincipalClaims? Claims) CheckUsage(X509Certificate2 certificate, CertificateUse use)
    {
        using (var key = certificate.GetECDsaPublicKey())
        {
            if (key is null || key.KeySize != 256)
            {
                return (CertificateFailures.NotEcdsa, null);
            }
        }

        var keyUsage = certificate.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault();
        if (keyUsage is null || (keyUsage.KeyUsages & X509KeyUsageFlags.DigitalSignature) == 0)
        {
            return (CertificateFailures.KeyUsage, null);
        }

        var required = use == CertificateUse.ServerAuth ? ServerAuthOid : ClientAuthOid;
        var ekus = certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>().SelectMany(e => e.EnhancedKeyUsages.Cast<Oid>());
        if (!ekus.Any(o => o.Value == required))
        {
            return (CertificateFailures.ExtendedKeyUsage, null);
        }

        var claims = PrincipalExtension.Read(certificate);
        if (claims is null)
        {
            return (CertificateFailures.NoPrincipal, null);
        }

        var allowed = use switch
        {
            CertificateUse.ClientAuth => claims.Profile is CertificateProfile.Agent or CertificateProfile.Operator,
            CertificateUse.ServerAuth => claims.Profile is CertificateProfile.Gateway,
            _ => claims.Profile is CertificateProfile.Agent,
        };
        return allowed ? (null, claims) : (CertificateFailures.WrongProfile, null);
    }
}
