using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using ModelContextProtocol.Client;
using SecureMcp.Agents.Messaging;
using SecureMcp.IntegrationTests.Support;

namespace SecureMcp.IntegrationTests;

/// <summary>
/// Our CA (from <c>securemcp ca</c>), an HTTPS gateway that accepts its certificates, and three real agent processes that
/// authenticate to it with mTLS and accept peer channels on loopback. A second, foreign CA supplies an impostor certificate.
/// </summary>
public sealed class AgentMessagingFixture : IAsyncLifetime
{
    // The variable is process-wide and other test classes set it in parallel, so every class uses this one value.
    public const string Passphrase = "integration test passphrase";
    private static readonly string[] AgentIds = ["agent-a", "agent-b", "agent-c"];
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("securemcp-messaging-");
    private GatewayHarness _harness = null!;

    internal Dictionary<string, MessagingAgent> Agents { get; } = new(StringComparer.Ordinal);

    public string CaDir => Path.Combine(_work.FullName, "ca");

    public string ForeignCaDir => Path.Combine(_work.FullName, "foreign-ca");

    public string Creds => Path.Combine(_work.FullName, "creds");

    public string ForeignCreds => Path.Combine(_work.FullName, "foreign-creds");

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable("SECUREMCP_KEYSTORE_PASSPHRASE", Passphrase);
        await CliAsync("ca", "init", "--dir", CaDir);
        foreach (var id in AgentIds)
        {
            await CliAsync("ca", "issue", "--dir", CaDir, "--principal", id, "--role", "agent", "--out", Creds);
        }

        // Same root name as ours, same agent name as agent-a: only the signatures tell them apart.
        await CliAsync("ca", "init", "--dir", ForeignCaDir);
        await CliAsync("ca", "issue", "--dir", ForeignCaDir, "--principal", "agent-a", "--role", "agent", "--out", ForeignCreds);
        _harness = await GatewayHarness.StartAsync(
            GatewayHarness.ToolServerUpstream("toolserver", Path.Combine(_work.FullName, "sandbox")),
            $"identity:\n  caDirectory: '{CaDir}'\n  clientCertificates: allow\n  tokens: false",
            listen: $"https://127.0.0.1:{FreePort()}");
        foreach (var id in AgentIds)
        {
            Agents[id] = await StartAgentAsync(id);
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var agent in Agents.Values)
        {
            await agent.Client.DisposeAsync();
        }

        await _harness.DisposeAsync();
        try
        {
            _work.Delete(recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task<MessagingAgent> StartAgentAsync(string id)
    {
        var audit = Path.Combine(_work.FullName, id + "-audit.db");
        var stderr = new ConcurrentQueue<string>();
        var (command, args) = CliPaths.Command("agent", "--id", id, "--gateway", _harness.Http.McpUrl, "--auth", "mtls",
            "--cert", Path.Combine(Creds, id + ".crt"), "--cert-key", Path.Combine(Creds, id + ".key"), "--ca-root", Path.Combine(CaDir, "root.crt"),
            "--peer-listen", "127.0.0.1:0", "--ca-dir", CaDir, "--audit", audit);
        var client = await McpClient.CreateAsync(new StdioClientTransport(new StdioClientTransportOptions
        {
            Command = command,
            Arguments = args,
            Name = id,
            StandardErrorLines = stderr.Enqueue,
        }));
        var info = (await client.CallToolAsync(PeerInfoTool.Name)).StructuredContent!.Value;
        return new MessagingAgent(id, client, IPEndPoint.Parse(info.GetProperty("endpoint").GetString()!), audit, stderr);
    }

    private static async Task CliAsync(params string[] args)
    {
        var (exit, stdout, stderr) = await ProcessRunner.RunAsync("dotnet", [CliPaths.Dll, .. args], TimeSpan.FromSeconds(120));
        exit.ShouldBe(0, $"securemcp {string.Join(' ', args)}: {stdout} {stderr}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
