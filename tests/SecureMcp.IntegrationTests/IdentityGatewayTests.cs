using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Client;
using SecureMcp.Agents.Execution;
using SecureMcp.Agents.Hosting;
using SecureMcp.Agents.Tasks;
using SecureMcp.IntegrationTests.Support;

namespace SecureMcp.IntegrationTests;

/// <summary>Real agent processes authenticate to an HTTPS gateway with mTLS and with tokens from our CA, and call tools.</summary>
public sealed class IdentityGatewayTests : IAsyncLifetime
{
    private const string Passphrase = "integration test passphrase";
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("securemcp-identity-");
    private GatewayHarness _harness = null!;

    private string CaDir => Path.Combine(_work.FullName, "ca");

    private string Creds => Path.Combine(_work.FullName, "creds");

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable("SECUREMCP_KEYSTORE_PASSPHRASE", Passphrase);
        await CliAsync("ca", "init", "--dir", CaDir);
        await CliAsync("ca", "issue", "--dir", CaDir, "--principal", "agent-m", "--role", "agent", "--out", Creds);
        await CliAsync("ca", "issue", "--dir", CaDir, "--principal", "agent-t", "--role", "agent", "--out", Creds);
        var port = FreePort();
        _harness = await GatewayHarness.StartAsync(
            GatewayHarness.ToolServerUpstream("toolserver", Path.Combine(_work.FullName, "sandbox")),
            $"identity:\n  caDirectory: '{CaDir}'\n  clientCertificates: allow\n  tokens: true",
            listen: $"https://127.0.0.1:{port}");
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Theory]
    [InlineData("agent-m", "mtls")]
    [InlineData("agent-t", "token")]
    public async Task AgentProcess_AuthenticatesWithItsCertificate_AndCallsToolsThroughTheGateway(string agent, string auth)
    {
        var (command, args) = CliPaths.Command("agent", "--id", agent, "--gateway", _harness.Http.McpUrl, "--auth", auth,
            "--cert", Path.Combine(Creds, agent + ".crt"), "--cert-key", Path.Combine(Creds, agent + ".key"), "--ca-root", Path.Combine(CaDir, "root.crt"));
        await using var client = await McpClient.CreateAsync(new StdioClientTransport(new StdioClientTransportOptions { Command = command, Arguments = args, Name = agent }));
        var task = new AgentTask
        {
            Id = "t-" + agent,
            Steps = [new TaskStep("stats", "toolserver__analyzer", new JsonObject { ["rows"] = new JsonArray(new JsonObject { ["v"] = 2 }, new JsonObject { ["v"] = 4 }) })],
            Checks = [new TaskCheck("stats", "columns.0.mean", CheckKind.Equals, 3)],
        };

        var result = await client.CallToolAsync(ExecuteTaskTool.Name, new Dictionary<string, object?> { ["task"] = JsonSerializer.SerializeToElement(task, AgentJson.Options) });
        var outcome = result.StructuredContent!.Value.Deserialize<TaskOutcome>(AgentJson.Options)!;

        outcome.Valid.ShouldBeTrue(outcome.Error);
        var schemes = (await _harness.ReadAuditAsync())
            .Where(r => r.Principal == agent && r.Kind == "call" && r.Target == "toolserver__analyzer")
            .Select(r => r.Reason ?? "")
            .ToList();

        schemes.ShouldContain(r => r.Contains($"{agent} via {auth}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MetadataAndChallenge_LetStandardClientsDiscoverTheTokenEndpoint()
    {
        using var http = TrustingClient();
        using var unauthenticated = await http.PostAsync(_harness.Http.McpUrl, new StringContent("{}"));
        var challenge = unauthenticated.Headers.WwwAuthenticate.ToString();
        var metadata = JsonDocument.Parse(await http.GetStringAsync(_harness.Http.Address + "/.well-known/oauth-protected-resource/mcp")).RootElement;

        ((int)unauthenticated.StatusCode).ShouldBe(401);
        challenge.ShouldContain("resource_metadata=");
        metadata.GetProperty("resource").GetString().ShouldBe(_harness.Http.McpUrl);
        metadata.GetProperty("authorization_servers").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task TokenEndpoint_AssertionSignedByAForeignKey_IsRefusedAndAudited()
    {
        using var foreignKey = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=agent-m", foreignKey, System.Security.Cryptography.HashAlgorithmName.SHA256);
        using var foreign = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        var endpoint = _harness.Http.Address + "/oauth/token";
        using var http = TrustingClient();

        using var response = await http.PostAsync(endpoint, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "agent-m",
            ["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            ["client_assertion"] = SecureMcp.Identity.Tokens.ClientAssertionBuilder.Create(foreign, endpoint, TimeProvider.System),
        }));

        ((int)response.StatusCode).ShouldBe(401);
        (await response.Content.ReadAsStringAsync()).ShouldContain("invalid_client");
    }

    private HttpClient TrustingClient()
    {
        var root = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificateFromFile(Path.Combine(CaDir, "root.crt"));
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, cert, _, _) =>
            {
                using var chain = new System.Security.Cryptography.X509Certificates.X509Chain();
                chain.ChainPolicy.TrustMode = System.Security.Cryptography.X509Certificates.X509ChainTrustMode.CustomRootTrust;
                chain.ChainPolicy.CustomTrustStore.Add(root);
                chain.ChainPolicy.RevocationMode = System.Security.Cryptography.X509Certificates.X509RevocationMode.NoCheck;
                return cert is not null && chain.Build(cert);
            },
        };
        return new HttpClient(handler);
    }

    private static async Task CliAsync(params string[] args)
    {
        var (exit, stdout, stderr) = await ProcessRunner.RunAsync("dotnet", [CliPaths.Dll, .. args], TimeSpan.FromSeconds(120));
        exit.ShouldBe(0, $"securemcp {string.Join(' ', args)}: {stdout} {stderr}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
