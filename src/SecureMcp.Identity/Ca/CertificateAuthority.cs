using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using SecureMcp.Identity.Keys;
using SecureMcp.Storage.Identity;

namespace SecureMcp.Identity.Ca;

/// <summary>
/// The built-in certificate authority behind <c>securemcp ca init | issue | revoke | list | rotate</c>: an ECDSA P-256
/// root, certificates for agents, the gateway's TLS endpoint and operators, a persisted revocation list, and rotation.
/// </summary>
/// <remarks>
/// Every private key (the root's and each issued one) is in the encrypted <see cref="KeyStore"/> under
/// <c>DIRECTORY/keys</c>; the index and revocations are in <c>DIRECTORY/ca.db</c>; the root certificate is
/// <c>DIRECTORY/root.crt</c>. All validity times come from the <see cref="TimeProvider"/>.
/// </remarks>
internal sealed partial class CertificateAuthority : IDisposable
{
    private const string RootKeyName = "root";
    private static readonly Oid ClientAuth = new("1.3.6.1.5.5.7.3.2");
    private static readonly Oid ServerAuth = new("1.3.6.1.5.5.7.3.1");
    private readonly CertificateAuthorityOptions _options;
    private readonly KeyStore _keys;
    private readonly SqliteCertificateStore _store;
    private readonly TimeProvider _time;
    private readonly ECDsa _rootKey;

    private CertificateAuthority(CertificateAuthorityOptions options, KeyStore keys, SqliteCertificateStore store, X509Certificate2 root, ECDsa rootKey, TimeProvider time)
    {
        _options = options;
        _keys = keys;
        _store = store;
        _time = time;
        _rootKey = rootKey;
        Root = root;
        Revocations = new RevocationList(store, time, options.RevocationRefreshInterval);
    }

    /// <summary>The root certificate (public part): the only trust anchor of every validator.</summary>
    public X509Certificate2 Root { get; }

    /// <summary>The revocation list, to hand to validators and the token cache.</summary>
    public RevocationList Revocations { get; }

    /// <summary>The path of the root certificate PEM.</summary>
    public static string RootPath(string directory) => Path.Combine(directory, "root.crt");

    /// <summary><c>ca init</c>: creates the key store, a new root key and a self-signed root. Refuses if a root exists.</summary>
    public static CertificateAuthority Init(CertificateAuthorityOptions options, KeyStoreSecret secret, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        time ??= TimeProvider.System;
        if (File.Exists(RootPath(options.Directory)))
        {
            throw new InvalidOperationException($"A CA already exists in '{options.Directory}'.");
        }

        PrivateFiles.CreateDirectory(options.Directory);
        var keys = OpenKeys(options, secret);
        var rootKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var name = new X500DistinguishedNameBuilder();
        name.AddCommonName(options.RootName);
        name.AddOrganizationName("SecureMcp");
        var request = new CertificateRequest(name.Build(), rootKey, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var now = Truncate(time.GetUtcNow());
        using var rootWithKey = request.CreateSelfSigned(now - options.Backdate, now + options.RootLifetime);
        keys.SaveEcdsa(RootKeyName, rootKey);
        File.WriteAllText(RootPath(options.Directory), rootWithKey.ExportCertificatePem());
        var root = X509CertificateLoader.LoadCertificate(rootWithKey.RawData);
        return new CertificateAuthority(options, keys, new SqliteCertificateStore(DatabasePath(options.Directory)), root, rootKey, time);
    }

    /// <summary>Opens an existing CA (every other command).</summary>
    public static CertificateAuthority Open(CertificateAuthorityOptions options, KeyStoreSecret secret, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var rootPath = RootPath(options.Directory);
        if (!File.Exists(rootPath))
        {
            throw new InvalidOperationException($"No CA in '{options.Directory}': run 'securemcp ca init' first.");
        }

        var keys = OpenKeys(options, secret);
        var root = X509CertificateLoader.LoadCertificate(X509Certificate2.CreateFromPem(File.ReadAllText(rootPath)).RawData);
        var rootKey = keys.LoadEcdsa(RootKeyName);
        if (!root.GetECDsaPublicKey()!.ExportSubjectPublicKeyInfo().AsSpan().SequenceEqual(rootKey.ExportSubjectPublicKeyInfo()))
        {
            throw new KeyStoreException("The root key in the key store does not match root.crt.");
        }

        return new CertificateAuthority(options, keys, new SqliteCertificateStore(DatabasePath(options.Directory)), root, rootKey, time ?? TimeProvider.System);
    }

    /// <summary>The root certificate of a CA directory without opening its key store (for validators in the gateway).</summary>
    public static X509Certificate2 LoadRoot(string directory) =>
        X509CertificateLoader.LoadCertificate(X509Certificate2.CreateFromPem(File.ReadAllText(RootPath(directory))).RawData);

    /// <summary>The CA index of a directory, for a gateway that validates but does not issue.</summary>
    public static SqliteCertificateStore OpenIndex(string directory) => new(DatabasePath(directory));

    /// <summary><c>ca issue</c>: a new key pair and certificate for a principal; the private key goes to the key store.</summary>
    public IssuedCertificate Issue(IssueRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!PrincipalIdPattern().IsMatch(request.PrincipalId))
        {
            throw new ArgumentException($"Principal id '{request.PrincipalId}' must be 1-64 of letters, digits and ._@-.", nameof(request));
        }

        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var name = new X500DistinguishedNameBuilder();
        name.AddCommonName(request.PrincipalId);
        name.AddOrganizationalUnitName(PrincipalExtension.ProfileName(request.Profile));
        name.AddOrganizationName("SecureMcp");
        var csr = new CertificateRequest(name.Build(), key, HashAlgorithmName.SHA256);
        AddLeafExtensions(csr, request);
        var now = Truncate(_time.GetUtcNow());
        var notAfter = now + (request.Lifetime ?? _options.LeafLifetime);
        if (notAfter > Root.NotAfter.ToUniversalTime())
        {
            throw new InvalidOperationException("The certificate would outlive the root; re-initialise the CA first.");
        }

        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] = (byte)((serial[0] & 0x7f) | 0x01);
        using var issued = csr.Create(Root.SubjectName, X509SignatureGenerator.CreateForECDsa(_rootKey), now - _options.Backdate, notAfter, serial);
        var certificate = X509CertificateLoader.LoadCertificate(issued.RawData);
        var serialHex = certificate.SerialNumber.ToLowerInvariant();
        _keys.SaveEcdsa(KeyName(serialHex), key);
        var record = new CertificateRecord(serialHex, request.PrincipalId, PrincipalExtension.ProfileName(request.Profile),
            string.Join(',', request.Roles), string.Join(',', request.Capabilities), certificate.NotBefore.ToUniversalTime(),
            certificate.NotAfter.ToUniversalTime(), Thumbprint(certificate), certificate.RawData);
        _store.Add(record);
        return ToIssued(record);
    }

    /// <summary><c>ca revoke</c>: revokes by serial; takes effect in this process at once, elsewhere within the refresh interval.</summary>
    public bool Revoke(string serial, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serial);
        var revoked = _store.Revoke(serial.ToLowerInvariant(), _time.GetUtcNow(), string.IsNullOrWhiteSpace(reason) ? "unspecified" : reason);
        Revocations.Refresh();
        return revoked;
    }

    /// <summary><c>ca list</c>: every issued certificate with its status (<c>valid</c>, <c>expired</c>, <c>revoked</c>).</summary>
    public IReadOnlyList<IssuedCertificate> List() => [.. _store.List().Select(ToIssued)];

    /// <summary>
    /// <c>ca rotate</c>: re-issues the principal's newest valid certificate with the same profile, roles and capabilities
    /// when less than the rotation overlap is left (or always with <paramref name="force"/>). The old certificate stays
    /// valid until it expires, so holders can switch over without a gap. Null when no rotation was due.
    /// </summary>
    public IssuedCertificate? Rotate(string principalId, bool force = false)
    {
        var current = Newest(principalId)
                      ?? throw new InvalidOperationException($"'{principalId}' has no valid certificate to rotate; issue one instead.");
        if (!force && current.NotAfter - _time.GetUtcNow() > _options.RotationOverlap)
        {
            return null;
        }

        var lifetime = current.NotAfter - current.NotBefore - _options.Backdate;
        return Issue(new IssueRequest(principalId, current.Profile, current.Roles, current.Capabilities)
        {
            Lifetime = lifetime > TimeSpan.Zero ? lifetime : null,
            DnsNames = current.Certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().SelectMany(e => e.EnumerateDnsNames()).ToList(),
            IpAddresses = current.Certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().SelectMany(e => e.EnumerateIPAddresses()).ToList(),
        });
    }

    /// <summary>The principal's newest certificate that is neither revoked nor expired, or null.</summary>
    public IssuedCertificate? Newest(string principalId) =>
        _store.ListByPrincipal(principalId).Select(ToIssued).Where(c => c.Status == "valid").MaxBy(c => c.NotAfter);

    /// <summary>The certificate with its private key, for an agent's TLS client or the gateway's TLS server.</summary>
    public X509Certificate2 LoadCredential(string serial)
    {
        var record = _store.Get(serial.ToLowerInvariant()) ?? throw new InvalidOperationException($"No certificate with serial {serial}.");
        using var certificate = X509CertificateLoader.LoadCertificate(record.Der);
        using var key = _keys.LoadEcdsa(KeyName(record.Serial));
        return certificate.CopyWithPrivateKey(key);
    }

    public void Dispose() => _rootKey.Dispose();

    /// <summary>The SHA-256 thumbprint (lowercase hex) used in the index and in <c>cnf.x5t#S256</c>-style bindings.</summary>
    public static string Thumbprint(X509Certificate2 certificate) =>
        Convert.ToHexStringLower(certificate.GetCertHash(HashAlgorithmName.SHA256));

    private static void AddLeafExtensions(CertificateRequest csr, IssueRequest request)
    {
        csr.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        var (usage, ekus) = request.Profile switch
        {
            // Agents sign (TLS, channel handshakes, client assertions) and agree keys (sealed context items).
            CertificateProfile.Agent => (X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyAgreement, new OidCollection { ClientAuth, ServerAuth }),
            CertificateProfile.Gateway => (X509KeyUsageFlags.DigitalSignature, new OidCollection { ServerAuth }),
            CertificateProfile.Operator => (X509KeyUsageFlags.DigitalSignature, new OidCollection { ClientAuth }),
            _ => throw new ArgumentOutOfRangeException(nameof(request), request.Profile, "Unknown certificate profile."),
        };
        csr.CertificateExtensions.Add(new X509KeyUsageExtension(usage, true));
        csr.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(ekus, false));
        csr.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(csr.PublicKey, false));
        var san = new SubjectAlternativeNameBuilder();
        var hasNames = false;
        if (request.Profile == CertificateProfile.Gateway)
        {
            san.AddDnsName("localhost");
            san.AddIpAddress(IPAddress.Loopback);
            hasNames = true;
        }

        foreach (var dns in request.DnsNames.Where(d => request.Profile != CertificateProfile.Gateway || d != "localhost"))
        {
            san.AddDnsName(dns);
            hasNames = true;
        }

        foreach (var ip in request.IpAddresses.Where(a => request.Profile != CertificateProfile.Gateway || !a.Equals(IPAddress.Loopback)))
        {
            san.AddIpAddress(ip);
            hasNames = true;
        }

        if (hasNames)
        {
            csr.CertificateExtensions.Add(san.Build());
        }

        csr.CertificateExtensions.Add(PrincipalExtension.Create(new PrincipalClaims(request.Profile, request.Roles, request.Capabilities)));
    }

    private IssuedCertificate ToIssued(CertificateRecord record)
    {
        var certificate = X509CertificateLoader.LoadCertificate(record.Der);
        var status = record.RevokedAt is not null ? "revoked" : _time.GetUtcNow() > record.NotAfter ? "expired" : "valid";
        return new IssuedCertificate(record.Serial, record.Principal, PrincipalExtension.ParseProfile(record.Profile) ?? CertificateProfile.Agent,
            Split(record.Roles), Split(record.Capabilities), record.NotBefore, record.NotAfter, record.Thumbprint, record.RevokedAt,
            record.RevocationReason, status)
        {
            Certificate = certificate,
        };
    }

    private static string[] Split(string value) => value.Length == 0 ? [] : value.Split(',');

    private static KeyStore OpenKeys(CertificateAuthorityOptions options, KeyStoreSecret secret) =>
        KeyStore.Open(new KeyStoreOptions(Path.Combine(options.Directory, "keys"), options.KeyStoreIterations)
        {
            AllowWeakIterationsForTests = options.AllowWeakIterationsForTests,
        }, secret);

    private static string KeyName(string serial) => "cert-" + serial;

    private static string DatabasePath(string directory) => Path.Combine(directory, "ca.db");

    private static DateTimeOffset Truncate(DateTimeOffset value) => new(value.Ticks - value.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);

    [GeneratedRegex("^[A-Za-z0-9._@-]{1,64}$")]
    private static partial Regex PrincipalIdPattern();
}
