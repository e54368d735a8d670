namespace SecureMcp.Identity.Tokens;

/// <summary>The gateway's token issuer and resource identity, lifetimes and skew.</summary>
/// <param name="Issuer">The authorization server's identifier, the gateway's base URL (for example <c>https://localhost:8443</c>).</param>
/// <param name="Audience">The protected resource: the gateway's MCP endpoint URL (for example <c>https://localhost:8443/mcp</c>).</param>
internal sealed record TokenOptions(string Issuer, string Audience)
{
    /// <summary>Access-token lifetime; 5 minutes by default.</summary>
    public TimeSpan Lifetime { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Tolerated clock difference for exp, nbf and iat; 30 s by default, at most 5 minutes.</summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest exp − iat accepted, for our tokens and client assertions alike.</summary>
    public TimeSpan MaxLifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>How many verified tokens the cache holds.</summary>
    public int CacheCapacity { get; init; } = 10_000;

    /// <summary>The token endpoint's path under the issuer.</summary>
    public string TokenPath { get; init; } = "/oauth/token";

    /// <summary>The token endpoint URL: the audience client assertions must name.</summary>
    public string TokenEndpoint => Issuer.TrimEnd('/') + TokenPath;

    /// <summary>The RFC 9728 metadata URL: <c>/.well-known/oauth-protected-resource</c> inserted before the resource's path.</summary>
    public string ResourceMetadataUrl
    {
        get
        {
            var resource = new Uri(Audience);
            return resource.GetLeftPart(UriPartial.Authority) + "/.well-known/oauth-protected-resource" + resource.AbsolutePath.TrimEnd('/');
        }
    }

    public void Validate()
    {
        CheckUrl(Issuer, "tokens.issuer");
        CheckUrl(Audience, "tokens.audience");
        if (Lifetime < TimeSpan.FromSeconds(30) || Lifetime > MaxLifetime)
        {
            throw new ArgumentException($"tokens.lifetime must be between 30 seconds and tokens.maxLifetime ({MaxLifetime}) (was {Lifetime}).");
        }

        if (ClockSkew < TimeSpan.Zero || ClockSkew > TimeSpan.FromMinutes(5))
        {
            throw new ArgumentException($"tokens.clockSkew must be between 0 and 5 minutes (was {ClockSkew}).");
        }

        if (CacheCapacity is < 1 or > 1_000_000)
        {
            throw new ArgumentException($"tokens.cacheCapacity must be between 1 and 1000000 (was {CacheCapacity}).");
        }

        if (!TokenPath.StartsWith('/'))
        {
            throw new ArgumentException($"tokens.tokenPath must start with '/' (was '{TokenPath}').");
        }
    }

    private static void CheckUrl(string value, string key)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || !string.IsNullOrEmpty(uri.Fragment) ||
            !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)))
        {
            throw new ArgumentException($"{key} must be an absolute https URL (http only on loopback), without a fragment (was '{value}').");
        }
    }
}
