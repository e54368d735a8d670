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
        var id = new Option<string>("--id") { Description = "Agent id (the principal of its API key)", Required = true };
        var gateway = new Option<string>("--gateway") { Description = "The gateway's MCP URL", Required = true };
        var keyEnv = new Option<string>("--key-env") { Description = "Environment variable that holds the agent's API key", DefaultValueFactory = _ => "SECUREMCP_AGENT_KEY" };
        var capabilities = new Option<string[]>("--capability") { Description = "A capability the agent declares (repeatable)", AllowMultipleArgumentsPerToken = true };
        var behavior = new Option<string>("--behavior") { Description = "honest, faulty:RATE, slow:MS or malicious:RATE (for evaluation)", DefaultValueFactory = _ => "honest" };
        var seed = new Option<int>("--seed") { Description = "Seed of the behaviour's randomness", DefaultValueFactory = _ => 1 };
        var auth = new Option<AgentAuthMode>("--auth") { Description = "apikey, mtls or token", DefaultValueFactory = _ => AgentAuthMode.ApiKey };
        var cert = new Option<FileInfo?>("--cert") { Description = "The agent's certificate (PEM) from securemcp ca issue" };
        var certKey = new Option<FileInfo?>("--cert-key") { Description = "The certificate's private key (PEM, owner-only)" };
        var caRoot = new Option<FileInfo?>("--ca-root") { Description = "Our CA's root.crt, the only anchor trusted for the gateway's TLS certificate" };
        var peerListen = new Option<string?>("--peer-listen") { Description = "Accept secure channels from other agents on this loopback IP:PORT (port 0 picks one; announced on stderr and by peer_info)" };
        var caDir = new Option<DirectoryInfo?>("--ca-dir") { Description = "Our CA's directory (root.crt and ca.db): trust anchor and revocations for peers; required with --peer-listen" };
        var audit = new Option<FileInfo?>("--audit") { Description = "The agent's own audit chain (SQLite); required with --peer-listen" };
        var command = new Command("agent", "Run one agent (serves execute_task over stdio; calls tools through the gateway)")
        {
            id, gateway, keyEnv, capabilities, behavior, seed, auth, cert, certKey, caRoot, peerListen, caDir, audit,
        };
        command.SetAction(async (parse, ct) =>
        {
            AgentOptions options;
            try
            {
                options = new AgentOptions
                {
                    Id = parse.GetValue(id)!,
                    GatewayUrl = new Uri(parse.GetValue(gateway)!),
                    Auth = parse.GetValue(auth),
                    ApiKey = Environment.GetEnvironmentVariable(parse.GetValue(keyEnv)!) ?? "",
                    Certificate = parse.GetValue(cert) is { } c && parse.GetValue(certKey) is { } k ? X509Certificate2.CreateFromPemFile(c.FullName, k.FullName) : null,
                    TrustedRoot = parse.GetValue(caRoot) is { } r ? X509CertificateLoader.LoadCertificateFromFile(r.FullName) : null,
                    Capabilities = parse.GetValue(capabilities) ?? [],
                    Behavior = AgentBehavior.Parse(parse.GetValue(behavior)!, parse.GetValue(seed)),
                    PeerListen = parse.GetValue(peerListen) is { } listen ? ParseEndpoint(listen) : null,
                    CaDirectory = parse.GetValue(caDir)?.FullName,
                    AuditPath = parse.GetValue(audit)?.FullName,
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
