// Sampling, roots and logging are deprecated in 2026-07-28 but still used by upstreams on older revisions,
// which the gateway must keep serving; it forwards them unchanged.
#pragma warning disable MCP9005

using System.Text.Json;
using Microsoft.Extensions.Logging;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using SecureMcp.Gateway.Configuration;
using SecureMcp.Gateway.Diagnostics;

namespace SecureMcp.Gateway.Upstreams;

/// <summary>One upstream MCP server: connects as a client, keeps its catalog, restarts it with backoff when it fails.</summary>
/// <remarks>
/// A supervisor loop owns the client. While the upstream is healthy its catalog is offered; when the process exits,
/// the connection drops or a health probe fails, the catalog is withdrawn (clients get list_changed) and the
/// upstream is reconnected after an exponentially growing delay.
/// </remarks>
internal sealed class UpstreamConnection : IAsyncDisposable
{
    private readonly GatewayConfig _gateway;
    private readonly ILogger _logger;
    private readonly ILoggerFactory _loggerFactory;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _stopping = new();
    private readonly SemaphoreSlim _refreshGate = new(1, 1);
    private readonly ProgressRoutes _progress = new();
    private volatile McpClient? _client;
    private Task _supervisor = Task.CompletedTask;
    private TaskCompletionSource _firstAttempt = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _refreshRequested;

    public UpstreamConnection(UpstreamConfig config, GatewayConfig gateway, ILoggerFactory loggerFactory, TimeProvider time)
    {
        Config = config;
        _gateway = gateway;
        _loggerFactory = loggerFactory;
        _logger = loggerFactory.CreateLogger($"SecureMcp.Upstream.{config.Name}");
        _time = time;
    }

    /// <summary>Raised when the catalog changes (refresh, withdrawal on failure, return after recovery).</summary>
    public event Action<UpstreamConnection>? CatalogChanged;

    /// <summary>Raised when the state changes, with the reason.</summary>
    public event Action<UpstreamConnection, string>? StateChanged;

    /// <summary>Raised for each logging notification the upstream sends.</summary>
    public event Action<UpstreamConnection, JsonRpcNotification>? Notified;

    public UpstreamConfig Config { get; }

    public string Name => Config.Name;

    public UpstreamState State { get; private set; } = UpstreamState.Connecting;

    public string? LastError { get; private set; }

    public int Restarts { get; private set; }

    public string? NegotiatedProtocolVersion => _client?.NegotiatedProtocolVersion;

    public UpstreamCatalog Catalog { get; private set; } = UpstreamCatalog.Empty;

    public CallerRegistry Callers { get; } = new();

    /// <summary>Starts the supervisor. Returns once the first connection attempt finished, either way.</summary>
    public Task StartAsync()
    {
        _supervisor = Task.Run(SuperviseAsync);
        return _firstAttempt.Task;
    }

    /// <summary>Forwards a tool call, with the per-call timeout, progress and caller routing.</summary>
    public async ValueTask<CallToolResult> CallToolAsync(
        string tool, IDictionary<string, JsonElement>? arguments, McpServer caller, ProgressToken? progressToken, CancellationToken cancellationToken)
    {
        var client = RequireClient();
        var args = arguments?.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal);
        if (progressToken is not { } token)
        {
            return await WithTimeoutAsync(caller, ct => client.CallToolAsync(tool, args, progress: null, options: null, ct), cancellationToken);
        }

        if (Config.Transport == UpstreamTransportKind.Stdio)
        {
            // Relayed in order by OrderedProgressTransport, so every notification reaches the client before the result.
            var (upstreamToken, registration) = _progress.Register(caller, token);
            using (registration)
            {
                return await WithTimeoutAsync(caller, ct => client.CallToolAsync(tool, args, progress: null, new RequestOptions { ProgressToken = upstreamToken }, ct), cancellationToken);
            }
        }

        var relay = new ProgressRelay(caller, token);
        var result = await WithTimeoutAsync(caller, ct => client.CallToolAsync(tool, args, relay, options: null, ct), cancellationToken);
        await relay.DrainAsync();
        return result;
    }

    /// <summary>Forwards a resource read.</summary>
    public ValueTask<ReadResourceResult> ReadResourceAsync(string uri, McpServer caller, CancellationToken cancellationToken)
    {
        var client = RequireClient();
        return WithTimeoutAsync(caller, ct => client.ReadResourceAsync(uri, options: null, ct), cancellationToken);
    }

    /// <summary>Forwards a prompt get.</summary>
    public ValueTask<GetPromptResult> GetPromptAsync(string prompt, IDictionary<string, JsonElement>? arguments, McpServer caller, CancellationToken cancellationToken)
    {
        var client = RequireClient();
        var args = arguments?.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal);
        return WithTimeoutAsync(caller, ct => client.GetPromptAsync(prompt, args, options: null, ct), cancellationToken);
    }

    /// <summary>Forwards a completion request.</summary>
    public ValueTask<CompleteResult> CompleteAsync(CompleteRequestParams request, McpServer caller, CancellationToken cancellationToken)
    {
        var client = RequireClient();
        return WithTimeoutAsync(caller, ct => client.CompleteAsync(request, ct), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        try
        {
            await _supervisor;
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }

        await DisconnectAsync();
        SetState(UpstreamState.Stopped, "gateway stopping");
        _stopping.Dispose();
        _refreshGate.Dispose();
    }

    private McpClient RequireClient() =>
        State == UpstreamState.Healthy && _client is { } client
            ? client
            : throw UpstreamErrors.Unavailable(Name, LastError ?? State.ToString().ToLowerInvariant());

    private async ValueTask<T> WithTimeoutAsync<T>(McpServer caller, Func<CancellationToken, ValueTask<T>> call, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopping.Token);
        timeout.CancelAfter(Config.CallTimeout);
        using var _ = Callers.Enter(caller);
        try
        {
            return await call(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw UpstreamErrors.TimedOut(Name, Config.CallTimeout);
        }
        catch (Exception ex) when (ex is IOException or ClientTransportClosedException or ObjectDisposedException or HttpRequestException)
        {
            RequestRefresh();
            throw UpstreamErrors.Unavailable(Name, ex.Message);
        }
    }

    private async Task SuperviseAsync()
    {
        var delay = _gateway.RestartInitialDelay;
        var attempt = 0;
        while (!_stopping.IsCancellationRequested)
        {
            string reason;
            try
            {
                await ConnectAsync();
                delay = _gateway.RestartInitialDelay;
                _firstAttempt.TrySetResult();
                reason = await WatchAsync();
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                reason = Describe(ex);
            }

            await DisconnectAsync();
            if (_stopping.IsCancellationRequested)
            {
                return;
            }

            LastError = reason;
            Catalog = UpstreamCatalog.Empty;
            SetState(UpstreamState.Unhealthy, reason);
            CatalogChanged?.Invoke(this);
            _firstAttempt.TrySetResult();
            Log.UpstreamDown(_logger, Name, reason, delay);
            await Task.Delay(delay, _time, _stopping.Token).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _gateway.RestartMaxDelay.Ticks));
            attempt++;
            Restarts = attempt;
            SetState(UpstreamState.Connecting, $"restart attempt {attempt}");
        }
    }

    private async Task ConnectAsync()
    {
        using var connect = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        connect.CancelAfter(Config.ConnectTimeout);
        var options = new McpClientOptions
        {
            ClientInfo = new Implementation { Name = "securemcp-gateway", Version = GatewayInfo.Version },
            ProtocolVersion = Config.ProtocolVersion,
            InitializationTimeout = Config.ConnectTimeout,
            Handlers = new McpClientHandlers
            {
                SamplingHandler = (request, _, ct) => RouteAsync(RequestMethods.SamplingCreateMessage, s => s.SampleAsync(request!, ct)),
                ElicitationHandler = (request, ct) => RouteAsync(RequestMethods.ElicitationCreate, s => s.ElicitAsync(request!, ct)),
                RootsHandler = (request, ct) => RouteAsync(RequestMethods.RootsList, s => s.RequestRootsAsync(request!, ct)),
                NotificationHandlers =
                [
                    new(NotificationMethods.ToolListChangedNotification, OnListChanged),
                    new(NotificationMethods.ResourceListChangedNotification, OnListChanged),
                    new(NotificationMethods.PromptListChangedNotification, OnListChanged),
                    new(NotificationMethods.LoggingMessageNotification, OnLogging),
                ],
            },
        };
        var transport = UpstreamTransportFactory.Create(Config, _loggerFactory, line => Log.UpstreamStderr(_logger, Name, line));
        if (Config.Transport == UpstreamTransportKind.Stdio)
        {
            transport = new OrderedProgressTransport(transport, _progress);
        }

        var client = await McpClient.CreateAsync(transport, options, _loggerFactory, connect.Token);
        _client = client;
        Catalog = await FetchCatalogAsync(client, connect.Token);
        LastError = null;
        SetState(UpstreamState.Healthy, $"connected ({client.NegotiatedProtocolVersion})");
        Log.UpstreamHealthy(_logger, Name, Catalog.Tools.Count, Catalog.Resources.Count + Catalog.ResourceTemplates.Count, Catalog.Prompts.Count);
        CatalogChanged?.Invoke(this);
    }

    /// <summary>Waits until the upstream fails; returns why. Refreshes the catalog on list_changed and on each probe.</summary>
    private async Task<string> WatchAsync()
    {
        var client = _client!;
        while (true)
        {
            var tick = Task.Delay(_gateway.HealthInterval, _time, _stopping.Token);
            var done = await Task.WhenAny(client.Completion, tick);
            if (done == client.Completion)
            {
                var details = await client.Completion;
                return details.Exception?.Message ?? (Config.Transport == UpstreamTransportKind.Stdio ? "process exited" : "connection closed");
            }

            await tick;
            using var probe = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
            probe.CancelAfter(Config.CallTimeout);
            try
            {
                await RefreshAsync(client, probe.Token);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !_stopping.IsCancellationRequested)
            {
                return $"health probe failed: {Describe(ex)}";
            }
        }
    }

    private async Task RefreshAsync(McpClient client, CancellationToken cancellationToken)
    {
        await _refreshGate.WaitAsync(cancellationToken);
        try
        {
            Interlocked.Exchange(ref _refreshRequested, 0);
            var fresh = await FetchCatalogAsync(client, cancellationToken);
            if (!CatalogComparer.Same(fresh, Catalog))
            {
                Catalog = fresh;
                CatalogChanged?.Invoke(this);
            }
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    private ValueTask OnListChanged(JsonRpcNotification notification, CancellationToken cancellationToken)
    {
        RequestRefresh();
        return ValueTask.CompletedTask;
    }

    private void RequestRefresh()
    {
        if (Interlocked.Exchange(ref _refreshRequested, 1) == 1 || _client is not { } client || State != UpstreamState.Healthy)
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                using var cts = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
                cts.CancelAfter(Config.CallTimeout);
                await RefreshAsync(client, cts.Token);
            }
            catch (Exception ex) when (ex is McpException or OperationCanceledException or IOException or ObjectDisposedException)
            {
                // The watch loop notices a dead upstream on its next probe.
                Interlocked.Exchange(ref _refreshRequested, 0);
            }
        });
    }

    private ValueTask OnLogging(JsonRpcNotification notification, CancellationToken cancellationToken)
    {
        Notified?.Invoke(this, notification);
        return ValueTask.CompletedTask;
    }

    private async ValueTask<T> RouteAsync<T>(string method, Func<McpServer, ValueTask<T>> send)
    {
        var caller = Callers.Resolve();
        if (caller is null)
        {
            Log.UnroutableRequest(_logger, Name, method);
            throw new McpProtocolException($"The gateway cannot tell which client this {method} request is for", McpErrorCode.InvalidRequest);
        }

        return await send(caller);
    }

    internal static async Task<UpstreamCatalog> FetchCatalogAsync(McpClient client, CancellationToken cancellationToken)
    {
        var caps = client.ServerCapabilities;
        var tools = caps?.Tools is null ? [] : (await client.ListToolsAsync(cancellationToken: cancellationToken)).Select(t => t.ProtocolTool).ToList();
        var resources = caps?.Resources is null ? [] : (await client.ListResourcesAsync(cancellationToken: cancellationToken)).Select(r => r.ProtocolResource).ToList();
        var templates = caps?.Resources is null ? [] : (await client.ListResourceTemplatesAsync(cancellationToken: cancellationToken)).Select(r => r.ProtocolResourceTemplate).ToList();
        var prompts = caps?.Prompts is null ? [] : (await client.ListPromptsAsync(cancellationToken: cancellationToken)).Select(p => p.ProtocolPrompt).ToList();
        return new UpstreamCatalog(tools, resources, templates, prompts);
    }

    private async Task DisconnectAsync()
    {
        var client = Interlocked.Exchange(ref _client, null);
        if (client is null)
        {
            return;
        }

        try
        {
            await client.DisposeAsync();
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or OperationCanceledException or McpException)
        {
            // A dead upstream may fail to close cleanly; it is being replaced anyway.
        }
    }

    private void SetState(UpstreamState state, string reason)
    {
        if (State == state && state != UpstreamState.Unhealthy)
        {
            return;
        }

        State = state;
        StateChanged?.Invoke(this, reason);
    }

    private static string Describe(Exception ex) => ex switch
    {
        OperationCanceledException => "timed out",
        _ => ex.InnerException is { } inner ? $"{ex.Message} ({inner.Message})" : ex.Message,
    };
}
