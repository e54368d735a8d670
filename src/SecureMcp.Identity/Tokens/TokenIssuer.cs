using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;

namespace SecureMcp.Identity.Tokens;

/// <summary>Signs ES256 access tokens (RFC 9068 shape): iss, sub, aud, iat, nbf, exp, jti, roles, caps, x5s and optional cnf.</summary>
internal sealed class TokenIssuer(TokenOptions options, ECDsa signingKey, TimeProvider time)
{
    private readonly byte[] _header = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string>
    {
        ["alg"] = Jws.Algorithm,
        ["typ"] = "at+jwt",
        ["kid"] = TokenSigningKey.KeyId(signingKey),
    });

    public IssuedToken Issue(AccessTokenClaims claims, TimeSpan? lifetime = null)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var now = time.GetUtcNow();
        var expires = now + (lifetime ?? options.Lifetime);
        var jti = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("iss", options.Issuer);
            writer.WriteString("sub", claims.Subject);
            writer.WriteString("aud", options.Audience);
            writer.WriteNumber("iat", now.ToUnixTimeSeconds());
            writer.WriteNumber("nbf", now.ToUnixTimeSeconds());
            writer.WriteNumber("exp", expires.ToUnixTimeSeconds());
            writer.WriteString("jti", jti);
            writer.WriteString("client_id", claims.Subject);
            WriteArray(writer, "roles", claims.Roles);
            WriteArray(writer, "caps", claims.Capabilities);
            writer.WriteString("x5s", claims.CertificateSerial);
            if (claims.ConfirmationThumbprint is { } thumbprint)
            {
                writer.WriteStartObject("cnf");
                writer.WriteString("x5t#S256", thumbprint);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return new IssuedToken(Jws.Sign(_header, buffer.ToArray(), signingKey), DateTimeOffset.FromUnixTimeSeconds(expires.ToUnixTimeSeconds()), jti);
    }

    private static void WriteArray(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
