using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using SecureMcp.Identity.Crypto;

namespace SecureMcp.Identity.Keys;

/// <summary>Private keys at rest, each encrypted with AES-256-GCM under a key derived from one passphrase.</summary>
/// <remarks>
/// <para>Master key = PBKDF2-HMAC-SHA256(passphrase, 16-byte random salt, iterations (600,000 by default), 32 bytes); the
/// salt and count are in <c>keystore.json</c> with an AES-GCM check value that detects a wrong passphrase.</para>
/// <para>File key = HKDF-SHA256(master, salt = the file's own 16-byte random salt, info = <c>securemcp keyfile v1:NAME</c>),
/// so the slow derivation runs once per process while every file still has its own key. The file name is also the
/// AES-GCM associated data, so a key file renamed to impersonate another fails to decrypt.</para>
/// <para>Every file is created 0600 in a 0700 directory, and a file that group or others can access is refused.</para>
/// </remarks>
internal sealed partial class KeyStore
{
    private const string ManifestName = "keystore.json";
    private static readonly byte[] CheckPlaintext = "securemcp keystore check v1"u8.ToArray();
    private readonly byte[] _masterKey;

    private KeyStore(string directory, byte[] masterKey, int iterations)
    {
        Directory = directory;
        _masterKey = masterKey;
        Iterations = iterations;
    }

    /// <summary>The directory holding the key files.</summary>
    public string Directory { get; }

    /// <summary>The PBKDF2 iteration count this store was created with.</summary>
    public int Iterations { get; }

    /// <summary>Opens the store in <see cref="KeyStoreOptions.Directory"/>, creating it if it does not exist.</summary>
    public static KeyStore Open(KeyStoreOptions options, KeyStoreSecret secret)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(secret);
        options.Validate();
        PrivateFiles.CreateDirectory(options.Directory);
        var manifestPath = Path.Combine(options.Directory, ManifestName);
        return File.Exists(manifestPath) ? OpenExisting(options, secret, manifestPath) : Create(options, secret, manifestPath);
    }

    public bool Contains(string name) => File.Exists(PathOf(name));

    /// <summary>Encrypts and writes the private key of <paramref name="key"/> as <c>NAME.key</c>, replacing any old one.</summary>
    public void SaveEcdsa(string name, ECDsa key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var pkcs8 = key.ExportPkcs8PrivateKey();
        try
        {
            Save(name, pkcs8);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pkcs8);
        }
    }

    /// <summary>Reads and decrypts <c>NAME.key</c>.</summary>
    public ECDsa LoadEcdsa(string name)
    {
        var pkcs8 = Load(name);
        try
        {
            var key = ECDsa.Create();
            key.ImportPkcs8PrivateKey(pkcs8, out _);
            return key;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pkcs8);
        }
    }

    /// <summary>Encrypts <paramref name="secret"/> to <c>NAME.key</c>.</summary>
    public void Save(string name, ReadOnlySpan<byte> secret)
    {
        ValidateName(name);
        var salt = RandomNumberGenerator.GetBytes(Pbkdf2Parameters.SaltSize);
        var nonce = RandomNumberGenerator.GetBytes(AeadCipher.NonceSize);
        var ciphertext = new byte[secret.Length];
        var tag = new byte[AeadCipher.TagSize];
        using (var aes = new AesGcm(FileKey(name, salt), AeadCipher.TagSize))
        {
            aes.Encrypt(nonce, secret, ciphertext, tag, Aad(name));
        }

        var file = new EncryptedKeyFile(1, name, "aes-256-gcm", Convert.ToBase64String(salt), Convert.ToBase64String(nonce),
            Convert.ToBase64String(ciphertext), Convert.ToBase64String(tag));
        PrivateFiles.Write(PathOf(name), JsonSerializer.SerializeToUtf8Bytes(file, KeyStoreJson.Default.EncryptedKeyFile));
    }

    /// <summary>Decrypts <c>NAME.key</c>; throws <see cref="KeyStoreException"/> when it is unsafe, missing or was tampered with.</summary>
    public byte[] Load(string name)
    {
        ValidateName(name);
        var path = PathOf(name);
        var file = JsonSerializer.Deserialize(PrivateFiles.Read(path), KeyStoreJson.Default.EncryptedKeyFile)
                   ?? throw new KeyStoreException($"Key file '{path}' is empty.");
        if (file.Version != 1 || file.Algorithm != "aes-256-gcm" || file.Name != name)
        {
            throw new KeyStoreException($"Key file '{path}' has an unknown format or belongs to another name.");
        }

        var ciphertext = Convert.FromBase64String(file.Ciphertext);
        var plaintext = new byte[ciphertext.Length];
        try
        {
            using var aes = new AesGcm(FileKey(name, Convert.FromBase64String(file.Salt)), AeadCipher.TagSize);
            aes.Decrypt(Convert.FromBase64String(file.Nonce), ciphertext, Convert.FromBase64String(file.Tag), plaintext, Aad(name));
        }
        catch (AuthenticationTagMismatchException ex)
        {
            throw new KeyStoreException($"Key file '{path}' failed authentication: it was modified or encrypted under another passphrase.", ex);
        }

        return plaintext;
    }

    /// <summary>A 32-byte key for encrypting application secrets (TOTP seeds), derived from the master key for <paramref name="purpose"/>.</summary>
    public byte[] DeriveKey(string purpose) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, _masterKey, 32, salt: [], info: Encoding.UTF8.GetBytes("securemcp purpose v1:" + purpose));

    private static KeyStore Create(KeyStoreOptions options, KeyStoreSecret secret, string manifestPath)
    {
        var salt = RandomNumberGenerator.GetBytes(Pbkdf2Parameters.SaltSize);
        var master = Rfc2898DeriveBytes.Pbkdf2(secret.Bytes, salt, options.Iterations, HashAlgorithmName.SHA256, Pbkdf2Parameters.KeySize);
        var nonce = RandomNumberGenerator.GetBytes(AeadCipher.NonceSize);
        var check = new byte[CheckPlaintext.Length];
        var tag = new byte[AeadCipher.TagSize];
        using (var aes = new AesGcm(master, AeadCipher.TagSize))
        {
            aes.Encrypt(nonce, CheckPlaintext, check, tag);
        }

        var manifest = new KeyStoreManifest(1, "pbkdf2-hmac-sha256", options.Iterations, Convert.ToBase64String(salt),
            Convert.ToBase64String(nonce), Convert.ToBase64String(check), Convert.ToBase64String(tag));
        PrivateFiles.Write(manifestPath, JsonSerializer.SerializeToUtf8Bytes(manifest, KeyStoreJson.Default.KeyStoreManifest));
        return new KeyStore(options.Directory, master, options.Iterations);
    }

    private static KeyStore OpenExisting(KeyStoreOptions options, KeyStoreSecret secret, string manifestPath)
    {
        var manifest = JsonSerializer.Deserialize(PrivateFiles.Read(manifestPath), KeyStoreJson.Default.KeyStoreManifest)
                       ?? throw new KeyStoreException($"'{manifestPath}' is empty.");
        var minimum = options.AllowWeakIterationsForTests ? Pbkdf2Parameters.MinimumIterations : Pbkdf2Parameters.DefaultIterations;
        if (manifest.Version != 1 || manifest.Kdf != "pbkdf2-hmac-sha256" || manifest.Iterations < minimum)
        {
            throw new KeyStoreException($"'{manifestPath}' has an unknown format or too few iterations ({manifest.Iterations}).");
        }

        var master = Rfc2898DeriveBytes.Pbkdf2(secret.Bytes, Convert.FromBase64String(manifest.Salt), manifest.Iterations,
            HashAlgorithmName.SHA256, Pbkdf2Parameters.KeySize);
        var check = Convert.FromBase64String(manifest.CheckCiphertext);
        var plaintext = new byte[check.Length];
        try
        {
            using var aes = new AesGcm(master, AeadCipher.TagSize);
            aes.Decrypt(Convert.FromBase64String(manifest.CheckNonce), check, Convert.FromBase64String(manifest.CheckTag), plaintext);
        }
        catch (AuthenticationTagMismatchException ex)
        {
            throw new KeyStoreException("Wrong key store passphrase.", ex);
        }

        return new KeyStore(options.Directory, master, manifest.Iterations);
    }

    private byte[] FileKey(string name, byte[] salt) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, _masterKey, 32, salt, Aad(name));

    private static byte[] Aad(string name) => Encoding.UTF8.GetBytes("securemcp keyfile v1:" + name);

    private string PathOf(string name) => Path.Combine(Directory, name + ".key");

    private static void ValidateName(string name)
    {
        if (string.IsNullOrEmpty(name) || !NamePattern().IsMatch(name))
        {
            throw new ArgumentException($"Key name '{name}' must match [a-z0-9][a-z0-9._-]*.", nameof(name));
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,127}$")]
    private static partial Regex NamePattern();
}
