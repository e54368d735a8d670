using System.Security.Cryptography;
using System.Text;
using SecureMcp.Identity.Crypto;
using SecureMcp.Identity.Tests.Support;

namespace SecureMcp.Identity.Tests.Crypto;

/// <summary>Known answers for both channel ciphers through our wrapper.</summary>
public sealed class AeadKnownAnswerTests
{
    [Fact]
    public void Encrypt_AesGcmTestCase16_MatchesKnownAnswer()
    {
        // McGrew & Viega, "The Galois/Counter Mode of Operation", test case 16 (256-bit key, with AAD).
        var key = Hex.Bytes("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
        var plaintext = Hex.Bytes("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
        var aad = Hex.Bytes("feedfacedeadbeeffeedfacedeadbeefabaddad2");
        var nonce = Hex.Bytes("cafebabefacedbaddecaf888");
        var ciphertext = new byte[plaintext.Length];
        var tag = new byte[16];
        using var cipher = new AeadCipher(AeadAlgorithm.Aes256Gcm, key);
        cipher.Encrypt(nonce, plaintext, ciphertext, tag, aad);
        Convert.ToHexStringLower(ciphertext).ShouldBe(
            "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662");
        Convert.ToHexStringLower(tag).ShouldBe("76fc6ece0f4e1768cddf8853bb2d551b");
    }

    [Fact]
    public void Encrypt_ChaCha20Poly1305Rfc8439Section282_MatchesKnownAnswer()
    {
        ChaCha20Poly1305.IsSupported.ShouldBeTrue("ChaCha20-Poly1305 is expected on this Linux (OpenSSL)");
        var key = Hex.Range(0x80, 0x9f);
        var nonce = Hex.Bytes("070000004041424344454647");
        var aad = Hex.Bytes("50515253c0c1c2c3c4c5c6c7");
        var plaintext = Encoding.ASCII.GetBytes(
            "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.");
        var ciphertext = new byte[plaintext.Length];
        var tag = new byte[16];
        using var cipher = new AeadCipher(AeadAlgorithm.ChaCha20Poly1305, key);
        cipher.Encrypt(nonce, plaintext, ciphertext, tag, aad);
        Convert.ToHexStringLower(ciphertext).ShouldBe(
            "d31a8d34648e60db7b86afbc53ef7ec2a4aded51296e08fea9e2b5a736ee62d63dbea45e8ca9671282fafb69da92728b1a71de0a9e060b2905d6a5b67ecd3b3692ddbd7f2d778b8c9803aee328091b58fab324e4fad675945585808b4831d7bc3ff4def08e4b7a9de576d26586cec64b6116");
        Convert.ToHexStringLower(tag).ShouldBe("1ae10b594f09e26a7e902ecbd0600691");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Decrypt_FlippedBit_ThrowsTagMismatch(int algorithm)
    {
        using var cipher = new AeadCipher((AeadAlgorithm)algorithm, new byte[32]);
        var nonce = new byte[12];
        var ciphertext = new byte[5];
        var tag = new byte[16];
        cipher.Encrypt(nonce, "hello"u8, ciphertext, tag, []);
        ciphertext[2] ^= 0x01;
        Should.Throw<AuthenticationTagMismatchException>(() => cipher.Decrypt(nonce, ciphertext, tag, new byte[5], []));
    }
}
