using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ModelContextProtocol.Client;
using SecureMcp.Gateway;
using SecureMcp.Gateway.Authentication;
using SecureMcp.Gateway.Configuration;
using SecureMcp.Gateway.Hosting;

namespace SecureMcp.IntegrationTests.Support;

/// <summary>A real gateway on a loopback port with real upstream processes, and keys for two principals.</summary>
internal sealed class GatewayHarness : IAsyncDisposable
{
    private GatewayHarness(DirectoryInfo work, SecureGateway gateway, GatewayHttpServer http, Dictionary<string, string> keys)
    {
        Work = work;
        Gateway = gateway;
        Http = http;
        Keys = keys;
    }

    public DirectoryInfo Work { get; }

    public SecureGateway Gateway { get; }

    public GatewayHttpServer Http { get; }

    public IReadOnlyDictionary<string, string> Keys { get; }

    public string AuditPath => Gateway.Config.AuditPath;

    /// <summary>The policy file, when the harness was started with one.</summary>
    public string PolicyPath => Path.Combine(Work.FullName, "policy.yaml");

    /// <summary>Starts a gateway whose upstreams are given as YAML list items (indented by two spaces).</summary>
    public static async Task<GatewayHarness> StartAsync(string upstreamsYaml, string extraYaml = "", ILoggerFactory? loggerFactory = null, string? policyYaml = null, string listen = "http://127.0.0.1:0")
    {
        var work = Directory.CreateTempSubdirectory("securemcp-it-");
        if (policyYaml is not null)
        {
            await File.WriteAllTextAsync(Path.Combine(work.FullName, "policy.yaml"), policyYaml);
            extraYaml += "\npolicyPath: policy.yaml";
        }

        var keys = new Dictionary<string, string> { ["alice"] = ApiKeyAuthenticator.NewKey(), ["bob"] = ApiKeyAuthenticator.NewKey(), ["ops"] = ApiKeyAuthenticator.NewKey() };
        var yaml = $"""
            listen: {listen}
            auditPath: audit.db
            healthIntervalSeconds: 1
            restart:
              initialDelayMs: 200
              maxDelayMs: 2000
            {extraYaml}
            apiKeys:
              - principal: alice
                sha256: {ApiKeyAuthenticator.Hash(keys["alice"])}
                roles: [analyst]
              - principal: bob
                sha256: {ApiKeyAuthenticator.Hash(keys["bob"])}
                roles: [analyst]
              - principal: ops
                sha256: {ApiKeyAuthenticator.Hash(keys["ops"])}
                roles: [operator]
            upstreams:
            {upstreamsYaml}
            """;
        var config = GatewayConfigLoader.Parse(yaml, work.FullName);
        loggerFactory ??= NullLoggerFactory.Instance;
        var gateway = await SecureGateway.StartAsync(config, loggerFactory);
        var http = await GatewayHttpServer.StartAsync(gateway, loggerFactory);
        return new GatewayHarness(work, gateway, http, keys);
    }

    /// <summary>YAML for the sample tool server as a stdio child process.</summary>
    public static string ToolServerUpstream(string name, string sandbox) => $"""
          - name: {name}
            transport: stdio
            command: dotnet
            args: ['{CliPaths.Dll}', toolserver, --sandbox, '{sandbox}']
            callTimeoutSeconds: 20
        """;

    /// <summary>Flushes the audit store and reads the whole chain.</summary>
    public async Task<List<Core.Audit.AuditRecord>> ReadAuditAsync()
    {
        await Gateway.AuditStore.FlushAsync();
        var records = new List<Core.Audit.AuditRecord>();
        await foreach (var record in Gateway.AuditStore.ReadAsync())
        {
            records.Add(record);
        }

        return records;
    }

    /// <summary>An MCP client of the gateway with a principal's key.</summary>
    public Task<McpClient> ConnectAsync(string principal = "alice", string? protocolVersion = null, McpClientOptions? options = null)
    {
        var transport = new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = new Uri(Http.McpUrl),
            AdditionalHeaders = new Dictionary<string, string> { ["Authorization"] = "Bearer " + Keys[principal] },
        });
        options ??= new McpClientOptions();
        options.ProtocolVersion = protocolVersion;
        return McpClient.CreateAsync(transport, options);
    }

    public async ValueTask DisposeAsync()
    {
        await Http.DisposeAsync();
        await Gateway.DisposeAsync();
        try
        {
            Work.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A child may still be closing a file; the folder is temporary.
        }
    }
}
