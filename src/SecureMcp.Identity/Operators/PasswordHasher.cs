using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SecureMcp.Identity.Crypto;

namespace SecureMcp.Identity.Operators;

/// <summary>Salted slow password hashes: PBKDF2-HMAC-SHA256, 16-byte random salt, 32-byte output, 600,000 iterations by default.</summary>
/// <remarks>Encoded as <c>pbkdf2-sha256$ITERATIONS$SALT$HASH</c> (base64), so the count can be raised later without breaking old hashes.</remarks>
internal sealed class PasswordHasher(int iterations)
{
    private const string Prefix = "pbkdf2-sha256";

    public int Iterations => iterations;

    public string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var salt = RandomNumberGenerator.GetBytes(Pbkdf2Parameters.SaltSize);
        var hash = Derive(password, salt, iterations);
        return string.Join('$', Prefix, iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    public static bool Verify(string password, string encoded)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(encoded);
        var parts = encoded.Split('$');
        if (parts.Length != 4 || parts[0] != Prefix || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) ||
            count < Pbkdf2Parameters.MinimumIterations)
        {
            return false;
        }

        var expected = Convert.FromBase64String(parts[3]);
        return CryptographicOperations.FixedTimeEquals(Derive(password, Convert.FromBase64String(parts[2]), count), expected);
    }

    private static byte[] Derive(string password, byte[] salt, int count) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password.Normalize(NormalizationForm.FormKC)), salt, count,
            HashAlgorithmName.SHA256, Pbkdf2Parameters.KeySize);
}
