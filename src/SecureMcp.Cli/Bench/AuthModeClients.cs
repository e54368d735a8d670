using System.Net.Http.Headers;
using ModelContextProtocol.Client;
using SecureMcp.Agents.Hosting;

namespace SecureMcp.Cli.Bench;

/// <summary>MCP clients of the HTTPS gateway for each <see cref="AuthMode"/>, built the way an agent builds its HTTP client.</summary>
internal sealed class AuthModeClients(Uri gateway, string apiKey, BenchCredentials credentials, string? protocolVersion)
{
    /// <summary>Connects one MCP client in <paramref name="mode"/>; its TCP connections are counted by <paramref name="counter"/>.</summary>
    public async Task<McpClient> ConnectAsync(AuthMode mode, ConnectionCounter counter, string clientName, CancellationToken cancellationToken)
    {
        var transport = new HttpClientTransport(new HttpClientTransportOptions { Endpoint = gateway, Name = clientName },
            CreateHttpClient(mode, counter), loggerFactory: null, ownsHttpClient: true);
        return await McpClient.CreateAsync(transport, new McpClientOptions
        {
            ClientInfo = new() { Name = clientName, Version = "1.0" },
            ProtocolVersion = protocolVersion,
        }, cancellationToken: cancellationToken);
    }

    private HttpClient CreateHttpClient(AuthMode mode, ConnectionCounter counter)
    {
        var handler = new SocketsHttpHandler();
        counter.Attach(handler);
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) => credentials.ChainsToRoot(certificate);
        if (mode is AuthMode.Mtls or AuthMode.MtlsPerCall)
        {
            handler.SslOptions.ClientCertificates = [credentials.Certificate];
        }

        if (mode == AuthMode.MtlsPerCall)
        {
            // A pooled connection whose lifetime is zero is closed after its request instead of returning to the pool, and
            // without resumption each new connection pays the full handshake, certificate validation included.
            handler.PooledConnectionLifetime = TimeSpan.Zero;
            handler.SslOptions.AllowTlsResume = false;
        }

        HttpMessageHandler pipeline = new RequestCountingHandler(counter) { InnerHandler = handler };
        if (mode == AuthMode.Token)
        {
            // The agent's own token handler: one client assertion at the first request, then the same token until near expiry.
            var options = new AgentOptions
            {
                Id = credentials.Principal,
                GatewayUrl = gateway,
                Auth = AgentAuthMode.Token,
                Certificate = credentials.Certificate,
                TrustedRoot = credentials.Root,
            };
            pipeline = new TokenHandler(options, TimeProvider.System) { InnerHandler = pipeline };
        }

        var client = new HttpClient(pipeline, disposeHandler: true);
        if (mode == AuthMode.ApiKey)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        return client;
    }
}
