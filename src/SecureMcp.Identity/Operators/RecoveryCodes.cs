using System.Security.Cryptography;
using System.Text;
using SecureMcp.Identity.Crypto;

namespace SecureMcp.Identity.Operators;

/// <summary>Single-use recovery codes: 80 random bits shown as <c>XXXX-XXXX-XXXX-XXXX</c>, stored only as SHA-256.</summary>
/// <remarks>A slow hash protects guessable secrets; an 80-bit random code is not guessable, so one SHA-256 suffices (as for API keys).</remarks>
internal static class RecoveryCodes
{
    public static string[] Generate(int count) =>
        [.. Enumerable.Range(0, count).Select(_ => string.Join('-', Base32.Encode(RandomNumberGenerator.GetBytes(10)).Chunk(4).Select(c => new string(c))))];

    public static string Hash(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var normalized = code.Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(normalized)));
    }
}
