using System.Security.Cryptography;
using System.Text;
using SecureMcp.Identity.Crypto;

namespace SecureMcp.Identity.Tests.Crypto;

/// <summary>RFC 6238 appendix B: every time and every hash, 8 digits, T0 = 0, X = 30 s.</summary>
public sealed class TotpVectorTests
{
    private const string Sha1Seed = "12345678901234567890";
    private const string Sha256Seed = "12345678901234567890123456789012";
    private const string Sha512Seed = "1234567890123456789012345678901234567890123456789012345678901234";

    [Theory]
    [InlineData(59L, "SHA1", "94287082")]
    [InlineData(59L, "SHA256", "46119246")]
    [InlineData(59L, "SHA512", "90693936")]
    [InlineData(1111111109L, "SHA1", "07081804")]
    [InlineData(1111111109L, "SHA256", "68084774")]
    [InlineData(1111111109L, "SHA512", "25091201")]
    [InlineData(1111111111L, "SHA1", "14050471")]
    [InlineData(1111111111L, "SHA256", "67062674")]
    [InlineData(1111111111L, "SHA512", "99943326")]
    [InlineData(1234567890L, "SHA1", "89005924")]
    [InlineData(1234567890L, "SHA256", "91819424")]
    [InlineData(1234567890L, "SHA512", "93441116")]
    [InlineData(2000000000L, "SHA1", "69279037")]
    [InlineData(2000000000L, "SHA256", "90698825")]
    [InlineData(2000000000L, "SHA512", "38618901")]
    [InlineData(20000000000L, "SHA1", "65353130")]
    [InlineData(20000000000L, "SHA256", "77737706")]
    [InlineData(20000000000L, "SHA512", "47863826")]
    public void Compute_Rfc6238AppendixB_MatchesVector(long unixSeconds, string hash, string expected)
    {
        var seed = hash switch { "SHA1" => Sha1Seed, "SHA256" => Sha256Seed, _ => Sha512Seed };
        var step = Totp.Step(DateTimeOffset.FromUnixTimeSeconds(unixSeconds), 30);
        Totp.Compute(Encoding.ASCII.GetBytes(seed), step, 8, new HashAlgorithmName(hash)).ShouldBe(expected);
    }

    [Fact]
    public void FindStep_CodeFromPreviousStep_ReturnsThatStepWithinWindow()
    {
        var secret = Encoding.ASCII.GetBytes(Sha1Seed);
        var code = Totp.Compute(secret, 99, 6, HashAlgorithmName.SHA1);
        Totp.FindStep(secret, code, 100, 1, 6, HashAlgorithmName.SHA1).ShouldBe(99);
        Totp.FindStep(secret, code, 101, 1, 6, HashAlgorithmName.SHA1).ShouldBeNull();
    }

    [Fact]
    public void Base32_RoundTrip_MatchesRfc4648Vector()
    {
        Base32.Encode("foobar"u8).ShouldBe("MZXW6YTBOI");
        Base32.Decode("MZXW6YTBOI").ShouldBe("foobar"u8.ToArray());
    }
}
