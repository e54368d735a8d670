using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;

namespace SecureMcp.Identity.Tokens;

/// <summary>
/// Compact JWS with exactly one algorithm, ES256 (ECDSA P-256, SHA-256, 64-byte r||s signature).
/// </summary>
/// <remarks>
/// Strictness by construction: the header's <c>alg</c> is only compared against <c>ES256</c> to refuse anything else
/// (<c>none</c>, <c>HS256</c>, <c>RS256</c> …); verification always runs ECDSA P-256 with the key the caller supplies,
/// so no header field chooses an algorithm or a key. <c>jku</c>, <c>jwk</c>, <c>x5u</c> and <c>crit</c> are refused.
/// </remarks>
internal static class Jws
{
    public const string Algorithm = "ES256";
    public const int MaxLength = 16 * 1024;
    private const int SignatureSize = 64;

    public static string Sign(ReadOnlySpan<byte> headerJson, ReadOnlySpan<byte> payloadJson, ECDsa key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var signingInput = Base64Url.EncodeToString(headerJson) + "." + Base64Url.EncodeToString(payloadJson);
        var signature = key.SignData(System.Text.Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256,
            DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    /// <summary>Splits and decodes a token and checks its header; the signature is not checked yet.</summary>
    /// <returns>Null on success, else the refusal reason.</returns>
    public static string? TryParse(string token, bool allowX5c, out ParsedJws parsed)
    {
        parsed = default;
        if (string.IsNullOrEmpty(token) || token.Length > MaxLength)
        {
            return TokenFailures.Malformed;
        }

        var first = token.IndexOf('.', StringComparison.Ordinal);
        var second = first < 0 ? -1 : token.IndexOf('.', first + 1);
        if (first <= 0 || second <= first + 1 || token.IndexOf('.', second + 1) >= 0)
        {
            return TokenFailures.Malformed;
        }

        byte[] header, payload, signature;
        try
        {
            header = Base64Url.DecodeFromChars(token.AsSpan(0, first));
            payload = Base64Url.DecodeFromChars(token.AsSpan(first + 1, second - first - 1));
            signature = Base64Url.DecodeFromChars(token.AsSpan(second + 1));
        }
        catch (FormatException)
        {
            return TokenFailures.Malformed;
        }

        JsonElement headerElement;
        try
        {
            using var document = JsonDocument.Parse(header);
            headerElement = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return TokenFailures.Malformed;
        }

        if (headerElement.ValueKind != JsonValueKind.Object)
        {
            return TokenFailures.Malformed;
        }

        if (!headerElement.TryGetProperty("alg", out var alg) || alg.ValueKind != JsonValueKind.String || alg.GetString() != Algorithm)
        {
            return TokenFailures.AlgorithmNotAllowed;
        }

        if (headerElement.TryGetProperty("jku", out _) || headerElement.TryGetProperty("jwk", out _) ||
            headerElement.TryGetProperty("x5u", out _) || headerElement.TryGetProperty("crit", out _) ||
            (!allowX5c && headerElement.TryGetProperty("x5c", out _)))
        {
            return TokenFailures.ForbiddenHeader;
        }

        if (signature.Length != SignatureSize)
        {
            return TokenFailures.BadSignature;
        }

        parsed = new ParsedJws(headerElement, payload, signature, token[..second]);
        return null;
    }

    /// <summary>Verifies the ES256 signature with <paramref name="key"/>, whatever the header says.</summary>
    public static bool Verify(in ParsedJws parsed, ECDsa key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.VerifyData(System.Text.Encoding.ASCII.GetBytes(parsed.SigningInput), parsed.Signature, HashAlgorithmName.SHA256,
            DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }
}
