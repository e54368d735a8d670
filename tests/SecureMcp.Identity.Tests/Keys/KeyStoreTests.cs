using System.Security.Cryptography;
using SecureMcp.Identity.Crypto;
using SecureMcp.Identity.Keys;
using SecureMcp.Identity.Tests.Support;

namespace SecureMcp.Identity.Tests.Keys;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class KeyStoreTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private KeyStore Open(string passphrase = TestCa.Passphrase) =>
        KeyStore.Open(new KeyStoreOptions(_dir.Path, 1_000) { AllowWeakIterationsForTests = true }, KeyStoreSecret.FromPassphrase(passphrase));

    [Fact]
    public void SaveEcdsa_ThenLoad_RoundTripsKeyAndWritesOwnerOnlyFile()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        Open().SaveEcdsa("agent-1", key);
        using var loaded = Open().LoadEcdsa("agent-1");
        loaded.ExportSubjectPublicKeyInfo().ShouldBe(key.ExportSubjectPublicKeyInfo());
        File.GetUnixFileMode(Path.Combine(_dir.Path, "agent-1.key")).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.ReadAllText(Path.Combine(_dir.Path, "agent-1.key")).ShouldNotContain(Convert.ToBase64String(key.ExportPkcs8PrivateKey()));
    }

    [Fact]
    public void Open_WrongPassphrase_Refuses()
    {
        Open();
        Should.Throw<KeyStoreException>(() => Open("another long passphrase")).Message.ShouldBe("Wrong key store passphrase.");
    }

    [Fact]
    public void Load_WorldReadableKeyFile_Refuses()
    {
        var store = Open();
        store.Save("secret", [1, 2, 3]);
        var path = Path.Combine(_dir.Path, "secret.key");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);
        Should.Throw<KeyStoreException>(() => store.Load("secret")).Message.ShouldContain("chmod 600");
    }

    [Fact]
    public void Load_KeyFileRenamedToAnotherName_FailsAuthentication()
    {
        var store = Open();
        store.Save("alpha", [1, 2, 3]);
        var text = File.ReadAllText(Path.Combine(_dir.Path, "alpha.key")).Replace("\"alpha\"", "\"beta\"", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_dir.Path, "beta.key"), text);
        File.SetUnixFileMode(Path.Combine(_dir.Path, "beta.key"), UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Should.Throw<KeyStoreException>(() => store.Load("beta")).Message.ShouldContain("failed authentication");
    }

    [Fact]
    public void Options_ProductionDefaults_Are600kIterationsAndRefuseFewer()
    {
        new KeyStoreOptions(_dir.Path).Iterations.ShouldBe(600_000);
        Should.Throw<ArgumentException>(() => new KeyStoreOptions(_dir.Path, 10_000).Validate()).Message.ShouldContain("keyStore.iterations");
        Pbkdf2Parameters.SaltSize.ShouldBe(16);
    }

    [Fact]
    public void Open_ProductionIterationCount_CreatesAndReopensStore()
    {
        var options = new KeyStoreOptions(_dir.Path);
        var store = KeyStore.Open(options, KeyStoreSecret.FromPassphrase(TestCa.Passphrase));
        store.Iterations.ShouldBe(600_000);
        store.Save("x", [42]);
        KeyStore.Open(options, KeyStoreSecret.FromPassphrase(TestCa.Passphrase)).Load("x").ShouldBe([(byte)42]);
    }

    [Fact]
    public void FromPassphrase_TooShort_Refuses() =>
        Should.Throw<KeyStoreException>(() => KeyStoreSecret.FromPassphrase("short"));

    public void Dispose() => _dir.Dispose();
}
