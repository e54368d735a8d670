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

    /// <summary>Validates <paramref name="certificate"/> for <paramref name="use"/>; reports a security event when it is refused.</summary>
    public CertificateValidationResult Validate(X509Certificate2 certificate, CertificateUse use = CertificateUse.ClientAuth)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var serial = certificate.SerialNumber.ToLowerInvariant();
        var thumbprint = CertificateAuthority.Thumbprint(certificate);
        var (failure, claims) = Check(certificate, serial, use);
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

    private (string? Failure, PrincipalClaims? Claims) Check(X509Certificate2 certificate, string serial, CertificateUse use)
    {
        var now = _time.GetUtcNow();
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(_root);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck; // our own list below; no CRL/OCSP fetches
        chain.ChainPolicy.DisableCertificateDownloads = true;
        chain.ChainPolicy.VerificationTime = now.UtcDateTime;
        chain.ChainPolicy.VerificationTimeIgnored = false;
        var built = chain.Build(certificate);
        var anchoredHere = chain.ChainElements.Count >= 2 &&
                           CertificateAuthority.Thumbprint(chain.ChainElements[^1].Certificate) == _rootThumbprint;
        var statuses = chain.ChainStatus.Aggregate(X509ChainStatusFlags.NoError, (all, s) => all | s.Status);
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

        if (now > certificate.NotAfter.ToUniversalTime() || (statuses & X509ChainStatusFlags.NotTimeValid) != 0)
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
