using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.RegularExpressions;
using SecureMcp.Core.Audit;
using SecureMcp.Gateway.Authentication;
using SecureMcp.Identity.Crypto;
using SecureMcp.IntegrationTests.Support;

namespace SecureMcp.IntegrationTests;

/// <summary>A real <c>securemcp gateway</c> process over HTTPS with operator sign-in, and operators enrolled with <c>securemcp operator add</c>.</summary>
public partial class OperatorGatewayFixture : IAsyncLifetime
{
    public const string Password = "operator password for tests";
    public const int MaxFailures = 3;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("securemcp-operators-");
    private readonly Dictionary<string, string> _environment = new() { ["SECUREMCP_KEYSTORE_PASSPHRASE"] = "operator integration test passphrase" };
    private readonly string _auditorKey = ApiKeyAuthenticator.NewKey();
    private GatewayProcess _gateway = null!;

    internal HttpClient Http { get; private set; } = null!;

    private string CaDir => Path.Combine(_work.FullName, "ca");

    /// <summary>The account database, as the CLI and the gateway both see it.</summary>
    public string Database => Path.Combine(_work.FullName, "operators.db");

    public string Address => _gateway.Address;

    /// <summary>Failed sign-ins allowed per client address; high here, since every test signs in from 127.0.0.1.</summary>
    protected virtual int MaxFailuresPerAddress => 1000;

    public async Task InitializeAsync()
    {
        await CliAsync(null, "ca", "init", "--dir", CaDir);
        var config = Path.Combine(_work.FullName, "gateway.yaml");
        await File.WriteAllTextAsync(config, $"""
            listen: https://127.0.0.1:8443
            auditPath: audit.db
            identity:
              caDirectory: ca
              clientCertificates: none
              tokens: true
              operators:
                database: operators.db
                sessionMinutes: 15
                maxFailures: {MaxFailures}
                lockoutMinutes: 15
                maxFailuresPerAddress: {MaxFailuresPerAddress}
            apiKeys:
              - principal: auditor
                sha256: {ApiKeyAuthenticator.Hash(_auditorKey)}
                roles: [operator]
            """);
        _gateway = await GatewayProcess.StartAsync(config, "https://127.0.0.1:0", _environment);
        Http = TrustingClient();
    }

    /// <summary>Stops the gateway process and starts a new one on the same configuration (and a new port).</summary>
    public async Task RestartAsync()
    {
        await _gateway.DisposeAsync();
        _gateway = await GatewayProcess.StartAsync(Path.Combine(_work.FullName, "gateway.yaml"), "https://127.0.0.1:0", _environment);
    }

    /// <summary>Runs <c>securemcp operator add</c>; the password goes on stdin or in the environment, never in the arguments.</summary>
    public async Task<Enrolment> EnrolAsync(string user, string role = "operator", bool passwordOnStdin = false)
    {
        var environment = passwordOnStdin ? null : new Dictionary<string, string> { ["SECUREMCP_OPERATOR_PASSWORD"] = Password };
        var stdout = await CliAsync(passwordOnStdin ? Password + "\n" : null, environment,
            "operator", "add", "--db", Database, "--ca", CaDir, "--user", user, "--role", role);
        var secret = SecretPattern().Match(stdout).Groups[1].Value;
        var codes = RecoveryCodePattern().Matches(stdout).Select(m => m.Groups[1].Value).ToList();
        secret.ShouldNotBeEmpty(stdout);
        codes.Count.ShouldBe(10, stdout);
        return new Enrolment(user, Base32.Decode(secret), codes);
    }

    /// <summary>Runs the CLI with the key-store passphrase (and <paramref name="extra"/>) in its environment; returns stdout, asserting exit code 0.</summary>
    public Task<string> CliAsync(IReadOnlyDictionary<string, string>? extra, params string[] args) => CliAsync(null, extra, args);

    /// <summary>POST /admin/login with a JSON body.</summary>
    public Task<HttpResponseMessage> LoginAsync(string user, string password, string code) => LoginAsync(Http, user, password, code);

    /// <summary>POST /admin/login with a JSON body, sent by <paramref name="client"/>.</summary>
    public Task<HttpResponseMessage> LoginAsync(HttpClient client, string user, string password, string code) =>
        client.PostAsJsonAsync(Address + "/admin/login", new { username = user, password, code });

    /// <summary>A client trusting the test CA whose connections leave from <paramref name="localAddress"/> (any 127.x address on loopback).</summary>
    internal HttpClient ClientFrom(IPAddress localAddress)
    {
        var root = LoadRoot();
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    socket.Bind(new IPEndPoint(localAddress, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        handler.SslOptions.RemoteCertificateValidationCallback = (_, cert, _, _) => ChainsTo(root, cert);
        return new HttpClient(handler);
    }

    /// <summary>A request with <c>Authorization: Bearer TOKEN</c>.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token)
    {
        using var request = new HttpRequestMessage(method, Address + path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return Http.SendAsync(request);
    }

    /// <summary>The whole audit chain, read through the admin API with an operator API key (verify first, which flushes).</summary>
    public async Task<List<AuditRecord>> ReadAuditAsync()
    {
        using (var verify = await SendAsync(HttpMethod.Get, "/admin/audit/verify", _auditorKey))
        {
            verify.EnsureSuccessStatusCode();
            JsonDocument.Parse(await verify.Content.ReadAsStringAsync()).RootElement.GetProperty("isIntact").GetBoolean().ShouldBeTrue();
        }

        var records = new List<AuditRecord>();
        while (true)
        {
            using var page = await SendAsync(HttpMethod.Get, $"/admin/audit?after={records.LastOrDefault()?.Sequence ?? 0}&limit=1000", _auditorKey);
            var batch = JsonSerializer.Deserialize<List<AuditRecord>>(await page.Content.ReadAsStringAsync(), Json)!;
            records.AddRange(batch);
            if (batch.Count < 1000)
            {
                return records;
            }
        }
    }

    /// <summary>Waits (briefly: events are appended asynchronously) for the security event of <paramref name="kind"/> about <paramref name="principal"/>.</summary>
    public async Task<AuditRecord> SecurityEventAsync(string kind, string principal, string reason)
    {
        for (var attempt = 0; ; attempt++)
        {
            var records = await ReadAuditAsync();
            var match = records.LastOrDefault(r => r.Kind == "security" && r.Action == kind && r.Principal == principal && (r.Reason ?? "").Contains(reason, StringComparison.Ordinal));
            if (match is not null || attempt == 30)
            {
                match.ShouldNotBeNull($"no security event {kind} for {principal} with '{reason}' in:\n" +
                    string.Join('\n', records.Where(r => r.Kind == "security").Select(r => $"{r.Action} {r.Principal} {r.Reason}")));
                return match;
            }

            await Task.Delay(200);
        }
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await _gateway.DisposeAsync();
        try
        {
            _work.Delete(recursive: true);
        }
        catch (IOException)
        {
            // The gateway may still be closing its files; the folder is temporary.
        }
    }

    private async Task<string> CliAsync(string? stdin, IReadOnlyDictionary<string, string>? extra, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        info.ArgumentList.Add(CliPaths.Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment.Remove("SECUREMCP_OPERATOR_PASSWORD"); // only what this call passes
        foreach (var (name, value) in _environment.Concat(extra ?? new Dictionary<string, string>()))
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(stdin ?? "");
        process.StandardInput.Close();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(120));
        process.ExitCode.ShouldBe(0, $"securemcp {string.Join(' ', args)}: {await stdout} {await stderr}");
        return await stdout;
    }

    private HttpClient TrustingClient()
    {
        var root = LoadRoot();
        return new HttpClient(new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, cert, _, _) => ChainsTo(root, cert) });
    }

    private X509Certificate2 LoadRoot() => X509CertificateLoader.LoadCertificateFromFile(Path.Combine(CaDir, "root.crt"));

    private static bool ChainsTo(X509Certificate2 root, X509Certificate? certificate)
    {
        if (certificate is not X509Certificate2 leaf)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(root);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(leaf);
    }

    [GeneratedRegex(@"otpauth://totp/\S+\?secret=([A-Z2-7]+)&")]
    private static partial Regex SecretPattern();

    [GeneratedRegex(@"^\s+([A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4})\s*$", RegexOptions.Multiline)]
    private static partial Regex RecoveryCodePattern();

    /// <summary>What <c>operator add</c> printed: the TOTP seed and the recovery codes.</summary>
    public sealed record Enrolment(string User, byte[] Secret, IReadOnlyList<string> RecoveryCodes)
    {
        /// <summary>The TOTP code for now (plus <paramref name="stepOffset"/> steps), as an authenticator app shows it.</summary>
        public string Code(int stepOffset = 0) =>
            Totp.Compute(Secret, Totp.Step(TimeProvider.System.GetUtcNow(), 30) + stepOffset, 6, HashAlgorithmName.SHA1);
    }
}
