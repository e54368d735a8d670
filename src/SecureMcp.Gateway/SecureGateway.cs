using Microsoft.Extensions.Logging;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using SecureMcp.Core.Audit;
using SecureMcp.Core.Identity;
using SecureMcp.Core.Pipeline;
using SecureMcp.Gateway.Auditing;
using SecureMcp.Gateway.Authentication;
using SecureMcp.Gateway.Authorization;
using SecureMcp.Gateway.Configuration;
using SecureMcp.Gateway.Federation;
using SecureMcp.Gateway.Hosting;
using SecureMcp.Gateway.Identity;
using SecureMcp.Gateway.Inspection;
using SecureMcp.Gateway.Pipeline;
using SecureMcp.Gateway.Upstreams;
using SecureMcp.Storage.Audit;

namespace SecureMcp.Gateway;

/// <summary>The security gateway: upstream federation, the security pipeline and the audit trail, ready to serve over HTTP or stdio.</summary>
/// <remarks>This class is the composition root: the pipeline's stages are assembled here, in order, in one place.</remarks>
public sealed class SecureGateway : IAsyncDisposable
{
    private readonly ILoggerFactory _loggerFactory;
    private readonly TimeProvider _time;
    private readonly SqliteAuditStore? _ownedStore;
    private readonly List<UpstreamConnection> _upstreams;
    private readonly PipelineFilters _filters;
    private readonly CompletionForwarder _completions;

    private SecureGateway(GatewayConfig config, ILoggerFactory loggerFactory, TimeProvider time, IAuditStore store, SqliteAuditStore? ownedStore)
    {
        Config = config;
        _loggerFactory = loggerFactory;
        _time = time;
        _ownedStore = ownedStore;
        Auditor = new GatewayAuditor(store, time);
        Catalog = new FederatedCatalog(loggerFactory.CreateLogger<FederatedCatalog>());
        _upstreams = config.Upstreams.Select(u => new UpstreamConnection(u, config, loggerFactory, time)).ToList();
        Events = new AuditEventSink(Auditor);
        var catalogView = new CatalogToolView(Catalog);
        Inspection = InspectionModule.Create(config, catalogView, Events, time);
        Policy = config.PolicyPath is { } policyPath
            ? PolicyModule.Create(policyPath, Catalog, Auditor, Events, RiskOf(catalogView, Inspection), loggerFactory, time)
            : null;

        // The pipeline, outermost first. Every call passes these stages in this order.
        List<ISecurityStage> stages = [new AuditStage(Auditor), new AuthenticateStage()];
        if (Policy is not null)
        {
            stages.Add(Policy.AuthorizeStage);
            stages.Add(Policy.RateLimitStage);
        }

        stages.Add(Inspection.ResultStage);
        stages.Add(Inspection.VerifyStage);
        stages.Add(new ArgumentValidationStage(Catalog, config.MaxArgumentBytes));
        stages.Add(Inspection.ArgumentStage);
        Pipeline = new SecurityPipeline(stages, loggerFactory.CreateLogger<SecurityPipeline>());
        _filters = new PipelineFilters(Pipeline, time);
        _completions = new CompletionForwarder(Catalog);
        Identity = config.Identity is { } identity ? IdentityModule.Create(identity, new Uri(config.Listen), Events, time) : null;

        // Asked in this order; the first scheme that recognises its credentials decides.
        List<IAuthenticator> authenticators = [.. Identity?.Authenticators ?? [], new ApiKeyAuthenticator(config.ApiKeys)];
        if (config.AnonymousPrincipal is { } anonymous)
        {
            authenticators.Add(new AnonymousAuthenticator(anonymous));
        }

        Authenticators = authenticators;
    }

    /// <summary>The configuration in force.</summary>
    public GatewayConfig Config { get; }

    /// <summary>The audit store.</summary>
    public IAuditStore AuditStore => Auditor.Store;

    internal GatewayAuditor Auditor { get; }

    internal FederatedCatalog Catalog { get; }

    internal AuditEventSink Events { get; }

    /// <summary>The gateway's clock.</summary>
    internal TimeProvider Time => _time;

    /// <summary>Certificates and tokens, when identity is configured.</summary>
    internal IdentityModule? Identity { get; }

    /// <summary>Tool verification (pins, risk, poisoning) and argument and result inspection.</summary>
    internal InspectionModule Inspection { get; }

    /// <summary>Authorization, when a policy file is configured.</summary>
    internal PolicyModule? Policy { get; }

    internal SecurityPipeline Pipeline { get; }

    /// <summary>The names of the pipeline's stages, outermost first.</summary>
    public IReadOnlyList<string> StageNames => Pipeline.StageNames;

    internal IReadOnlyList<IAuthenticator> Authenticators { get; }

    internal IReadOnlyList<UpstreamConnection> Upstreams => _upstreams;

    /// <summary>Opens the audit store, connects to every upstream (waiting for each first attempt) and returns the gateway.</summary>
    /// <param name="config">Validated configuration.</param>
    /// <param name="loggerFactory">Logging.</param>
    /// <param name="time">Clock.</param>
    /// <param name="auditStore">An audit store to use instead of the SQLite file named in the configuration.</param>
    public static async Task<SecureGateway> StartAsync(GatewayConfig config, ILoggerFactory loggerFactory, TimeProvider? time = null, IAuditStore? auditStore = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        var owned = auditStore is null ? new SqliteAuditStore(new SqliteAuditStoreOptions { Path = config.AuditPath }) : null;
        SecureGateway gateway;
        try
        {
            gateway = new SecureGateway(config, loggerFactory, time ?? TimeProvider.System, auditStore ?? owned!, owned);
        }
        catch
        {
            if (owned is not null)
            {
                await owned.DisposeAsync();
            }

            throw;
        }

        await gateway.Auditor.EventAsync("admin", "gateway", "gateway/start", "ok",
            $"{config.Upstreams.Count} upstream(s); pipeline: {string.Join(" > ", gateway.Pipeline.StageNames)}" +
            (config.PolicyPath is null ? "; no policy: every authenticated principal may call every tool" : $"; policy: {config.PolicyPath}"));
        foreach (var upstream in gateway._upstreams)
        {
            upstream.CatalogChanged += gateway.Catalog.Update;
            upstream.CatalogChanged += u => _ = gateway.Inspection.Pins.ObserveAsync(u.Name, u.Catalog.Tools);
            upstream.StateChanged += (u, reason) => _ = gateway.Auditor.EventAsync("upstream", "gateway", "upstream/state",
                u.State.ToString().ToLowerInvariant(), reason, target: u.Name);
            upstream.Notified += ForwardNotification;
        }

        await Task.WhenAll(gateway._upstreams.Select(u => u.StartAsync()));
        return gateway;
    }

    /// <summary>Builds the MCP server options of one downstream session (or stateless request).</summary>
    /// <param name="sessionPrincipal">The principal of the session; per-message users take precedence.</param>
    /// <param name="transport">The downstream transport name, for audit.</param>
    public McpServerOptions CreateServerOptions(Principal? sessionPrincipal, string transport)
    {
        var options = new McpServerOptions
        {
            ServerInfo = new Implementation { Name = GatewayInfo.Name, Version = GatewayInfo.Version, Title = "SecureMcp security gateway" },
            ServerInstructions = "Tools are named server__tool. Every call passes the SecureMcp security pipeline and is audited.",
            ToolCollection = Catalog.Tools,
            ResourceCollection = Catalog.Resources,
            PromptCollection = Catalog.Prompts,
            Handlers = new McpServerHandlers { CompleteHandler = _completions.CompleteAsync },
            Capabilities = new ServerCapabilities
            {
                Completions = new CompletionsCapability(),
                Tools = new ToolsCapability { ListChanged = true },
                Resources = new ResourcesCapability { ListChanged = true },
                Prompts = new PromptsCapability { ListChanged = true },
#pragma warning disable MCP9005 // Logging is deprecated in 2026-07-28, but upstream log notifications are still forwarded to older clients.
                Logging = new LoggingCapability(),
#pragma warning restore MCP9005
            },
        };
        _filters.Register(options, sessionPrincipal, transport);
        return options;
    }

    /// <summary>The current health document.</summary>
    public GatewayHealth Health(int sessions = 0) => GatewayHealthReport.Build(_upstreams, sessions);

    /// <summary>Serves one MCP client over the given streams (stdio mode) as the configured local principal.</summary>
    public async Task RunStdioAsync(Stream input, Stream output, CancellationToken cancellationToken)
    {
        var principal = Principal.Local(Config.StdioPrincipal, Config.StdioRoles);
        var options = CreateServerOptions(principal, "stdio");
        await using var transport = new StreamServerTransport(input, output, GatewayInfo.Name, _loggerFactory);
        await using var server = McpServer.Create(transport, options, _loggerFactory);
        await Auditor.EventAsync("session", principal.Id, "session/open", "ok", "stdio client");
        try
        {
            await server.RunAsync(cancellationToken);
        }
        finally
        {
            await Auditor.EventAsync("session", principal.Id, "session/close", "ok", "stdio client");
        }
    }

    /// <summary>Stops every upstream and flushes the audit trail.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var upstream in _upstreams)
        {
            await upstream.DisposeAsync();
        }

        Policy?.Dispose();
        Identity?.Dispose();
        await Auditor.EventAsync("admin", "gateway", "gateway/stop", "ok", null);
        await Auditor.Store.FlushAsync();
        if (_ownedStore is not null)
        {
            await _ownedStore.DisposeAsync();
        }
    }

    /// <summary>The risk the policy engine sees for a namespaced tool: tool verification's classification.</summary>
    private static Func<string, SecureMcp.Policy.Model.RiskLevel?> RiskOf(CatalogToolView catalog, InspectionModule inspection) =>
        name => catalog.TryGetTool(name, out var server, out var tool)
            ? SecureMcp.Policy.Attributes.RiskLevels.From(inspection.Classifier.Classify(server, tool).Level)
            : null;

    private static void ForwardNotification(UpstreamConnection upstream, JsonRpcNotification notification)
    {
        foreach (var caller in upstream.Callers.InFlight())
        {
            _ = caller.SendMessageAsync(new JsonRpcNotification { Method = notification.Method, Params = notification.Params });
        }
    }
}
