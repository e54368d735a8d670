using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;
using SecureMcp.Agents.Behavior;
using SecureMcp.Agents.Hosting;
using SecureMcp.Cli.Infrastructure;

namespace SecureMcp.Cli.Commands;

/// <summary><c>securemcp agent</c>: one agent process, an MCP client of the gateway that serves its coordinator over stdio.</summary>
internal static class AgentCommand
{
    public static Command Create()
    {
        var config = new Option<FileInfo?>("--config") { Description = "A YAML file with these settings (keys: id, gateway, auth, keyEnv, capabilities, behavior, seed, cert, certKey, caRoot, peerListen, caDir, audit); flags override it" };
        var id = new Option<string?>("--id") { Description = "Agent id (the principal of its API key)" };
        var gateway = new Option<string?>("--gateway") { Description = "The gateway's MCP URL" };
        var keyEnv = new Option<string?>("--key-env") { Description = "Environment variable that holds the agent's API key (default SECUREMCP_AGENT_KEY)" };
        var capabilities = new Option<string[]>("--capability") { Description = "A capability the agent declares (repeatable)", AllowMultipleArgumentsPerToken = true };
        var behavior = new Option<string?>("--behavior") { Description = "honest, faulty:RATE, slow:MS or malicious:RATE (for evaluation; default honest)" };
        var seed = new Option<int?>("--seed") { Description = "Seed of the behaviour's randomness (default 1)" };
        var auth = new Option<AgentAuthMode?>("--auth") { Description = "apikey, mtls or token (default apikey)" };
        var cert = new Option<FileInfo?>("--cert") { Description = "The agent's certificate (PEM) from securemcp ca issue" };
        var certKey = new Option<FileInfo?>("--cert-key") { Description = "The certificate's private key (PEM, owner-only)" };
        var caRoot = new Option<FileInfo?>("--ca-root") { Description = "Our CA's root.crt, the only anchor trusted for the gateway's TLS certificate" };
        var peerListen = new Option<string?>("--peer-listen") { Description = "Accept secure channels from other agents on this loopback IP:PORT (port 0 picks one; announced on stderr and by peer_info)" };
        var caDir = new Option<DirectoryInfo?>("--ca-dir") { Description = "Our CA's directory (root.crt and ca.db): trust anchor and revocations for peers; required with --peer-listen" };
        var audit = new Option<FileInfo?>("--audit") { Description = "The agent's own audit chain (SQLite); required with --peer-listen" };
        var command = new Command("agent", "Run one agent (serves execute_task over stdio; calls tools through the gateway)")
        {
            config, id, gateway, keyEnv, capabilities, behavior, seed, auth, cert, certKey, caRoot, peerListen, caDir, audit,
        };
        command.SetAction(async (parse, ct) =>
        {
            AgentOptions options;
            try
            {
                var file = parse.GetValue(config) is { } path ? AgentConfigFile.Load(path.FullName) : null;
                string? Setting(Option<string?> flag, string key) => parse.GetValue(flag) ?? file?[key];
                string? PathSetting(Option<FileInfo?> flag, string key) => parse.GetValue(flag)?.FullName ?? file?[key];
                var certPath = PathSetting(cert, "cert");
                var keyPath = PathSetting(certKey, "certKey");
                var rootPath = PathSetting(caRoot, "caRoot");
                var declared = parse.GetValue(capabilities) is { Length: > 0 } flags ? flags : file?.Capabilities ?? [];
                options = new AgentOptions
                {
                    Id = Setting(id, "id") ?? throw new ArgumentException("agent.id is required (--id or 'id' in --config)"),
                    GatewayUrl = new Uri(Setting(gateway, "gateway") ?? throw new ArgumentException("agent.gateway is required (--gateway or 'gateway' in --config)")),
                    Auth = parse.GetValue(auth) ?? (file?["auth"] is { } a ? Enum.Parse<AgentAuthMode>(a, ignoreCase: true) : AgentAuthMode.ApiKey),
                    ApiKey = Environment.GetEnvironmentVariable(Setting(keyEnv, "keyEnv") ?? "SECUREMCP_AGENT_KEY") ?? "",
                    Certificate = certPath is not null && keyPath is not null ? X509Certificate2.CreateFromPemFile(certPath, keyPath) : null,
                    TrustedRoot = rootPath is not null ? X509CertificateLoader.LoadCertificateFromFile(rootPath) : null,
                    Capabilities = declared,
                    Behavior = AgentBehavior.Parse(Setting(behavior, "behavior") ?? "honest",
                        parse.GetValue(seed) ?? (file?["seed"] is { } sd ? int.Parse(sd, System.Globalization.CultureInfo.InvariantCulture) : 1)),
                    PeerListen = Setting(peerListen, "peerListen") is { } listen ? ParseEndpoint(listen) : null,
                    CaDirectory = parse.GetValue(caDir)?.FullName ?? file?["caDir"],
                    AuditPath = PathSetting(audit, "audit"),
                };
                options.Validate();
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException or UriFormatException or CryptographicException or IOException)
            {
                await Console.Error.WriteLineAsync($"securemcp agent: {ex.Message}");
                return 2;
            }

            using var loggerFactory = StderrLogging.Create(LogLevel.Warning);
            try
            {
                await AgentRuntime.RunStdioAsync(options, loggerFactory, ct);
            }
            catch (Exception ex) when (ex is ArgumentException or IOException or SocketException or CryptographicException)
            {
                // Startup problems (an unreadable CA directory, a refused certificate, a port in use) end with one clear line.
                await Console.Error.WriteLineAsync($"securemcp agent: {ex.Message}");
                return 2;
            }

            return 0;
        });
        return command;
    }

    private static IPEndPoint ParseEndpoint(string text) =>
        IPEndPoint.TryParse(text, out var endpoint)
            ? endpoint
            : throw new ArgumentException($"agent.peerListen must be IP:PORT, for example 127.0.0.1:0 (got '{text}')");
}
