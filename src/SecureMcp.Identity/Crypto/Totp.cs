using System.Security.Cryptography;

namespace SecureMcp.Identity.Crypto;

/// <summary>Time-based one-time passwords (RFC 6238) over HOTP (RFC 4226).</summary>
internal static class Totp
{
    /// <summary>The time step (RFC 6238 <c>T</c>) for <paramref name="time"/> with period <paramref name="periodSeconds"/> and epoch T0 = 0.</summary>
    public static long Step(DateTimeOffset time, int periodSeconds) => time.ToUnixTimeSeconds() / periodSeconds;

    /// <summary>The <paramref name="digits"/>-digit code for <paramref name="step"/>, zero-padded.</summary>
    public static string Compute(ReadOnlySpan<byte> secret, long step, int digits, HashAlgorithmName algorithm)
    {
        if (digits is < 6 or > 9)
        {
            throw new ArgumentOutOfRangeException(nameof(digits), digits, "TOTP codes have 6 to 9 digits.");
        }

        Span<byte> counter = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> mac = stackalloc byte[64];
        var length = algorithm.Name switch
        {
            "SHA1" => HMACSHA1.HashData(secret, counter, mac),
            "SHA256" => HMACSHA256.HashData(secret, counter, mac),
            "SHA512" => HMACSHA512.HashData(secret, counter, mac),
            _ => throw new ArgumentException($"Unsupported TOTP hash '{algorithm.Name}'.", nameof(algorithm)),
        };

        // Dynamic truncation (RFC 4226 §5.3): the low nibble of the last byte picks a 31-bit window.
        var offset = mac[length - 1] & 0x0f;
        var binary = ((mac[offset] & 0x7f) << 24) | (mac[offset + 1] << 16) | (mac[offset + 2] << 8) | mac[offset + 3];
        var modulus = 1;
        for (var i = 0; i < digits; i++)
        {
            modulus *= 10;
        }

        return (binary % modulus).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }

    /// <summary>
    /// Finds the step in [current - window, current + window] whose code equals <paramref name="code"/>, compared in
    /// constant time; null when none matches.
    /// </summary>
    public static long? FindStep(ReadOnlySpan<byte> secret, string code, long currentStep, int window, int digits, HashAlgorithmName algorithm)
    {
        long? found = null;
        var given = System.Text.Encoding.ASCII.GetBytes(code);
        for (var step = currentStep - window; step <= currentStep + window; step++)
        {
            var expected = System.Text.Encoding.ASCII.GetBytes(Compute(secret, step, digits, algorithm));
            // Every candidate is compared so the time taken does not reveal which step matched.
            if (CryptographicOperations.FixedTimeEquals(expected, given) && found is null)
            {
                found = step;
            }
        }

        return found;
    }
}
