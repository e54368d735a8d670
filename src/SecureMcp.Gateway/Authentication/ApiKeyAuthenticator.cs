using System.Security.Cryptography;
using System.Text;
using SecureMcp.Core.Identity;
using SecureMcp.Gateway.Configuration;

namespace SecureMcp.Gateway.Authentication;

/// <summary>Authenticates <c>Authorization: Bearer KEY</c> or <c>X-API-Key: KEY</c> against configured SHA-256 hashes.</summary>
/// <remarks>
/// Only hashes are held. Keys are random and long, so one SHA-256 is enough (a slow hash protects low-entropy
/// passwords, not random keys), and looking the digest up reveals nothing about the key by its timing.
/// Bearer values are claimed only with the <c>smk_</c> prefix, so other bearer schemes (tokens) can share the header.
/// </remarks>
public sealed class ApiKeyAuthenticator : IAuthenticator
{
    private readonly Dictionary<string, ApiKeyConfig> _byHash;

    /// <summary>Creates the authenticator for the configured keys.</summary>
    public ApiKeyAuthenticator(IEnumerable<ApiKeyConfig> keys) =>
        _byHash = keys.ToDictionary(k => k.Sha256, StringComparer.Ordinal);

    /// <summary>Every key starts with this, so a bearer key is told apart from a bearer token.</summary>
    public const string KeyPrefix = "smk_";

    /// <inheritdoc />
    public string Scheme => "apikey";

    /// <inheritdoc />
    public string Challenge => "Bearer realm=\"securemcp\", error=\"invalid_token\"";

    /// <summary>The configured hash of a key.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>A new random key (256 bits, URL-safe).</summary>
    public static string NewKey() => KeyPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <inheritdoc />
    public ValueTask<AuthenticationResult> AuthenticateAsync(AuthenticationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var key = ExtractKey(request.Headers);
        if (key is null)
        {
            return ValueTask.FromResult(AuthenticationResult.None);
        }

        return ValueTask.FromResult(_byHash.TryGetValue(Hash(key), out var config)
            ? AuthenticationResult.Success(new Principal(config.Principal, Scheme, config.Roles))
            : AuthenticationResult.Fail("unknown API key"));
    }

    private static string? ExtractKey(IReadOnlyDictionary<string, string> headers)
    {
        if (headers.TryGetValue("X-API-Key", out var direct) && !string.IsNullOrWhiteSpace(direct))
        {
            return direct.Trim();
        }

        if (headers.TryGetValue("Authorization", out var authorization) &&
            authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var value = authorization[7..].Trim();
            return value.StartsWith(KeyPrefix, StringComparison.Ordinal) ? value : null;
        }

        return null;
    }
}
