using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using SecureMcp.Core.Events;
using SecureMcp.Core.Identity;
using SecureMcp.Gateway.Configuration;
using SecureMcp.Gateway.Operators;
using SecureMcp.Identity.Ca;
using SecureMcp.Identity.Keys;
using SecureMcp.Identity.Mtls;
using SecureMcp.Identity.Operators;
using SecureMcp.Identity.Tokens;

namespace SecureMcp.Gateway.Identity;

/// <summary>The gateway's identity pieces, built from the CA folder: TLS server credential, client-certificate validation, tokens.</summary>
internal sealed class IdentityModule : IDisposable
{
    private readonly CertificateAuthority _ca;
    private readonly ECDsa? _signingKey;

    private IdentityModule(IdentityConfig config, CertificateAuthority ca, CertificateValidator validator, X509Certificate2 server,
        TokenOptions? tokenOptions, ECDsa? signingKey, TokenEndpoint? endpoint, MetadataDocuments? metadata, IReadOnlyList<IAuthenticator> authenticators,
        OperatorModule? operators)
    {
        Config = config;
        _ca = ca;
        Validator = validator;
        ServerCertificate = server;
        TokenOptions = tokenOptions;
        _signingKey = signingKey;
        TokenEndpoint = endpoint;
        Metadata = metadata;
        Authenticators = authenticators;
        Operators = operators;
    }

    public IdentityConfig Config { get; }

    public CertificateValidator Validator { get; }

    /// <summary>The gateway's TLS certificate, issued by our CA.</summary>
    public X509Certificate2 ServerCertificate { get; }

    public TokenOptions? TokenOptions { get; }

    public TokenEndpoint? TokenEndpoint { get; }

    public MetadataDocuments? Metadata { get; }

    /// <summary>mTLS and token authenticators, to ask before API keys.</summary>
    public IReadOnlyList<IAuthenticator> Authenticators { get; }

    /// <summary>Operator sign-in for the admin API, when <c>identity.operators</c> is configured.</summary>
    public OperatorModule? Operators { get; }

    /// <summary>Opens the CA with the passphrase from the environment and prepares everything.</summary>
    public static IdentityModule Create(IdentityConfig config, Uri listen, ISecurityEventSink events, TimeProvider time)
    {
        KeyStoreSecret secret;
        try
        {
            secret = KeyStoreSecret.FromEnvironment(config.PassphraseVariable);
        }
        catch (Exception ex) when (ex is KeyStoreException or InvalidOperationException or ArgumentException)
        {
            throw new GatewayConfigException($"config: identity: {ex.Message}", ex);
        }

        CertificateAuthority ca;
        try
        {
            ca = CertificateAuthority.Open(new CertificateAuthorityOptions(config.CaDirectory), secret, time);
        }
        catch (Exception ex) when (ex is KeyStoreException or CryptographicException or InvalidOperationException)
        {
            throw new GatewayConfigException($"config: identity.caDirectory: cannot open the CA ({ex.Message})", ex);
        }

        var validator = CertificateValidator.ForDirectory(config.CaDirectory, events, time);
        var server = ServerCredential(ca);
        var authenticators = new List<IAuthenticator>();
        if (config.ClientCertificates != ClientCertificateMode.None)
        {
            authenticators.Add(new MtlsAuthenticator(validator, time));
        }

        // Tokens sign with a key of the gateway's key store, and operator TOTP seeds are encrypted under a key derived from it.
        var keys = config.Tokens || config.Operators is not null
            ? KeyStore.Open(new KeyStoreOptions(OperatorSecretKey.KeyStoreDirectory(config.CaDirectory)), secret)
            : null;
        var operators = config.Operators is { } operatorsConfig ? OperatorModule.Create(operatorsConfig, keys!, events, time) : null;
        if (!config.Tokens)
        {
            return new IdentityModule(config, ca, validator, server, null, null, null, null, authenticators, operators);
        }

        var origin = listen.GetLeftPart(UriPartial.Authority);
        var options = new TokenOptions(origin, origin + "/mcp");
        options.Validate();
        var signingKey = TokenSigningKey.LoadOrCreate(keys!);
        var tokenValidator = new TokenValidator(options, signingKey, ca.Revocations, events, time);
        authenticators.Add(new JwtAuthenticator(tokenValidator, new VerifiedTokenCache(options.CacheCapacity, time)));
        var endpoint = new TokenEndpoint(new TokenIssuer(options, signingKey, time), new ClientAssertionValidator(options, validator, events, time),
            validator, options, events, time);
        return new IdentityModule(config, ca, validator, server, options, signingKey, endpoint, new MetadataDocuments(options, signingKey), authenticators, operators);
    }

    /// <summary>The newest valid gateway certificate, or a fresh one for localhost and 127.0.0.1.</summary>
    private static X509Certificate2 ServerCredential(CertificateAuthority ca)
    {
        var current = ca.Newest("gateway");
        var issued = current ?? ca.Issue(new IssueRequest("gateway", CertificateProfile.Gateway, [], [])
        {
            DnsNames = ["localhost"],
            IpAddresses = [IPAddress.Loopback],
        });
        return ca.LoadCredential(issued.Serial);
    }

    public void Dispose()
    {
        Operators?.Dispose();
        _signingKey?.Dispose();
        ServerCertificate.Dispose();
        _ca.Dispose();
    }
}
