using System.Buffers.Text;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SecureMcp.Identity.Tokens;

/// <summary>The agent side of private_key_jwt: signs a client assertion with the agent's certificate key.</summary>
internal static class ClientAssertionBuilder
{
    public static string Create(X509Certificate2 credential, string tokenEndpoint, TimeProvider time, TimeSpan? lifetime = null)
    {
        ArgumentNullException.ThrowIfNull(credential);
        using var key = credential.GetECDsaPrivateKey() ?? throw new ArgumentException("The credential has no ECDSA private key.", nameof(credential));
        var id = credential.GetNameInfo(X509NameType.SimpleName, false);
        var now = time.GetUtcNow();
        var header = new JsonObject { ["alg"] = Jws.Algorithm, ["typ"] = "JWT", ["x5c"] = new JsonArray(Convert.ToBase64String(credential.RawData)) };
        var payload = new JsonObject
        {
            ["iss"] = id,
            ["sub"] = id,
            ["aud"] = tokenEndpoint,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["exp"] = (now + (lifetime ?? TimeSpan.FromMinutes(1))).ToUnixTimeSeconds(),
            ["jti"] = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16)),
        };
        return Jws.Sign(JsonSerializer.SerializeToUtf8Bytes(header), JsonSerializer.SerializeToUtf8Bytes(payload), key);
    }
}
