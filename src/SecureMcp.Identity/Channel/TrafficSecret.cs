using System.Security.Cryptography;
using System.Text;
using SecureMcp.Identity.Crypto;

namespace SecureMcp.Identity.Channel;

/// <summary>One direction's key schedule: epoch n's key and the secret of epoch n+1, both HKDF-Expand of epoch n's secret.</summary>
/// <remarks>The chain only moves forward and old secrets are wiped, so a key captured later does not decrypt earlier epochs.</remarks>
internal sealed class TrafficSecret : IDisposable
{
    private static readonly byte[] KeyLabel = Encoding.ASCII.GetBytes("securemcp channel v1 key");
    private static readonly byte[] NextLabel = Encoding.ASCII.GetBytes("securemcp channel v1 next");
    private readonly byte[] _secret;

    public TrafficSecret(byte[] secret, uint epoch)
    {
        _secret = secret;
        Epoch = epoch;
    }

    public uint Epoch { get; }

    public AeadCipher CreateCipher(AeadAlgorithm algorithm)
    {
        var key = HKDF.Expand(HashAlgorithmName.SHA256, _secret, AeadCipher.KeySize, KeyLabel);
        try
        {
            return new AeadCipher(algorithm, key);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    public TrafficSecret Next() => new(HKDF.Expand(HashAlgorithmName.SHA256, _secret, 32, NextLabel), Epoch + 1);

    public void Dispose() => CryptographicOperations.ZeroMemory(_secret);
}
