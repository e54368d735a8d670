using System.Text.Json;

namespace SecureMcp.Identity.Tokens;

/// <summary>The exp / nbf / iat checks shared by access tokens and client assertions, with bounded skew.</summary>
internal static class TimeClaims
{
    /// <returns>Null when the times are acceptable, else the refusal reason.</returns>
    public static string? Check(JsonElement payload, DateTimeOffset now, TimeSpan skew, TimeSpan maxLifetime, out DateTimeOffset expires)
    {
        expires = default;
        var exp = JwtClaimReader.Seconds(payload, "exp");
        var iat = JwtClaimReader.Seconds(payload, "iat");
        if (exp is null || iat is null)
        {
            return TokenFailures.MissingClaim;
        }

        var nowSeconds = now.ToUnixTimeSeconds();
        var skewSeconds = (long)skew.TotalSeconds;
        if (nowSeconds >= exp.Value + skewSeconds)
        {
            return TokenFailures.Expired;
        }

        if (JwtClaimReader.Seconds(payload, "nbf") is { } nbf && nowSeconds + skewSeconds < nbf)
        {
            return TokenFailures.NotYetValid;
        }

        if (iat.Value > nowSeconds + skewSeconds)
        {
            return TokenFailures.IssuedInFuture;
        }

        if (exp.Value - iat.Value > (long)maxLifetime.TotalSeconds)
        {
            return TokenFailures.LifetimeTooLong;
        }

        expires = DateTimeOffset.FromUnixTimeSeconds(exp.Value);
        return null;
    }
}
