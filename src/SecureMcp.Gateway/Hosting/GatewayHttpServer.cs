using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecureMcp.Gateway.Admin;
using SecureMcp.Gateway.Auditing;
using SecureMcp.Gateway.Authentication;
using SecureMcp.Gateway.Configuration;
using SecureMcp.Gateway.Diagnostics;
using SecureMcp.Gateway.Identity;
using SecureMcp.Identity.Mtls;
using SecureMcp.Hosting;

namespace SecureMcp.Gateway.Hosting;

/// <summary>The gateway's HTTP front: the authenticated MCP endpoint and <c>/healthz</c>, on Kestrel.</summary>
public sealed class GatewayHttpServer : IAsyncDisposable
{
    private static readonly JsonSerializerOptions HealthJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private readonly WebApplication _app;

    private GatewayHttpServer(WebApplication app, McpHttpEndpoint endpoint, string address)
    {
        _app = app;
        Endpoint = endpoint;
        Address = address;
    }

    /// <summary>The bound base address, for example <c>http://127.0.0.1:8080</c>.</summary>
    public string Address { get; }

    /// <summary>The MCP endpoint URL.</summary>
    public string McpUrl => Address + Endpoint.Path;

    /// <summary>Signalled when the host is asked to stop (SIGTERM, Ctrl+C).</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    /// <summary>The Streamable HTTP endpoint (sessions, for quarantine and notifications).</summary>
    public McpHttpEndpoint Endpoint { get; }

    /// <summary>Starts listening on the configured URL (or <paramref name="listenOverride"/>; port 0 picks a free port).</summary>
    public static async Task<GatewayHttpServer> StartAsync(SecureGateway gateway, ILoggerFactory loggerFactory, string? listenOverride = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        var config = gateway.Config;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggerFactory);
        builder.WebHost.UseUrls(listenOverride ?? config.Listen);
        if (gateway.Identity is not null)
        {
            // The slim builder leaves HTTPS out unless asked for.
            builder.WebHost.UseKestrelHttpsConfiguration();
        }

        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = config.Http.MaxRequestBodyBytes + 1;
            if (gateway.Identity is { } identity)
            {
                k.ConfigureHttpsDefaults(https =>
                {
                    https.ServerCertificate = identity.ServerCertificate;
                    https.ClientCertificateMode = identity.Config.ClientCertificates switch
                    {
                        ClientCertificateMode.Require => Microsoft.AspNetCore.Server.Kestrel.Https.ClientCertificateMode.RequireCertificate,
                        ClientCertificateMode.Allow => Microsoft.AspNetCore.Server.Kestrel.Https.ClientCertificateMode.AllowCertificate,
                        _ => Microsoft.AspNetCore.Server.Kestrel.Https.ClientCertificateMode.NoCertificate,
                    };
                    https.CheckCertificateRevocation = false;
                    // SslStream builds the client's chain under our root-only policy (it clones the policy per connection),
                    // and the callback hands that chain to the validator, which reuses it: one chain build per handshake.
                    var chainPolicy = identity.Validator.CreateChainPolicy();
                    https.OnAuthenticate = (_, ssl) => ssl.CertificateChainPolicy = chainPolicy;
                    https.ClientCertificateValidation = new TlsClientCertificateCallback(identity.Validator).Validate;
                });
            }
        });
        var app = builder.Build();
        // One set of server options serves every HTTP session and stateless request: each message carries its own
        // authenticated user, so nothing in the options is per-principal, and building them once keeps the
        // per-request cost of stateless clients down.
        var serverOptions = gateway.CreateServerOptions(sessionPrincipal: null, "http");
        var endpoint = new McpHttpEndpoint(
            config.Http,
            _ => serverOptions,
            new HttpAuditObserver(gateway.Auditor),
            loggerFactory);
        var gate = new AuthenticationGate(gateway.Authenticators, gateway.Auditor);
        app.Map(endpoint.Path, async context =>
        {
            if (await gate.TryAuthenticateAsync(context))
            {
                await endpoint.HandleAsync(context);
            }
        });
        // The admin API also accepts operator session tokens from POST /admin/login; the MCP endpoint does not.
        var adminGate = gateway.Identity?.Operators is { } operators
            ? new AuthenticationGate([operators.Authenticator, .. gateway.Authenticators], gateway.Auditor)
            : gate;
        app.MapAdmin(gateway, adminGate, () => endpoint.SessionCount);
        if (gateway.Identity is { } identityModule)
        {
            app.MapIdentity(identityModule);
        }

        app.MapGet("/healthz", (HttpContext context) =>
        {
            var health = gateway.Health(endpoint.SessionCount);
            return Results.Json(health, HealthJson, statusCode: health.Status == "down" && health.Upstreams.Count > 0 ? 503 : 200);
        });
        if (gateway.Policy is { } policy)
        {
            // A quarantined principal loses its open sessions at once, not only its next calls.
            policy.Quarantine.ClosePrincipalSessions = principal => endpoint.CloseSessionsOfAsync(principal, "principal quarantined");
        }

        await app.StartAsync(cancellationToken);
        var address = app.Urls.First().TrimEnd('/');
        Log.Listening(loggerFactory.CreateLogger<GatewayHttpServer>(), address, endpoint.Path, config.Upstreams.Count);
        return new GatewayHttpServer(app, endpoint, address);
    }

    /// <summary>Stops the HTTP server and closes every session.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await Endpoint.DisposeAsync();
        await _app.DisposeAsync();
    }
}
