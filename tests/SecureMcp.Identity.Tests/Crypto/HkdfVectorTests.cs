using System.Security.Cryptography;
using SecureMcp.Identity.Tests.Support;

namespace SecureMcp.Identity.Tests.Crypto;

/// <summary>RFC 5869 appendix A, test cases 1-3 (SHA-256): the HKDF the channel, key store and context store derive keys with.</summary>
public sealed class HkdfVectorTests
{
    [Fact]
    public void ExtractAndExpand_Rfc5869Case1_MatchesVector()
    {
        var ikm = Enumerable.Repeat((byte)0x0b, 22).ToArray();
        var salt = Hex.Range(0x00, 0x0c);
        var info = Hex.Range(0xf0, 0xf9);
        var prk = HKDF.Extract(HashAlgorithmName.SHA256, ikm, salt);
        Convert.ToHexStringLower(prk).ShouldBe("077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5");
        Convert.ToHexStringLower(HKDF.Expand(HashAlgorithmName.SHA256, prk, 42, info))
            .ShouldBe("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
    }

    [Fact]
    public void DeriveKey_Rfc5869Case2LongInputs_MatchesVector()
    {
        var okm = HKDF.DeriveKey(HashAlgorithmName.SHA256, Hex.Range(0x00, 0x4f), 82, Hex.Range(0x60, 0xaf), Hex.Range(0xb0, 0xff));
        Convert.ToHexStringLower(okm).ShouldBe(
            "b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71cc30c58179ec3e87c14c01d5c1f3434f1d87");
    }

    [Fact]
    public void ExtractAndExpand_Rfc5869Case3EmptySaltAndInfo_MatchesVector()
    {
        var ikm = Enumerable.Repeat((byte)0x0b, 22).ToArray();
        var prk = HKDF.Extract(HashAlgorithmName.SHA256, ikm, []);
        Convert.ToHexStringLower(prk).ShouldBe("19ef24a32c717b167f33a91d6f648bdf96596776afdb6377ac434c1c293ccb04");
        Convert.ToHexStringLower(HKDF.Expand(HashAlgorithmName.SHA256, prk, 42, []))
            .ShouldBe("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8");
    }
}
