using ModelContextProtocol.Server;

namespace SecureMcp.Hosting;

/// <summary>One MCP session of the Streamable HTTP endpoint: its transport, its server and the user it is bound to.</summary>
internal sealed class HttpMcpSession : IAsyncDisposable
{
    private readonly CancellationTokenSource _closed = new();
    private int _getStarted;
    private int _activeRequests;
    private int _disposed;

    public HttpMcpSession(string id, StreamableHttpServerTransport transport, McpServer server, string? userId, long now)
    {
        Id = id;
        Transport = transport;
        Server = server;
        UserId = userId;
        LastActivity = now;
    }

    public string Id { get; }

    public StreamableHttpServerTransport Transport { get; }

    public McpServer Server { get; }

    /// <summary>The principal the session is bound to; requests from anyone else are refused.</summary>
    public string? UserId { get; }

    public Task RunTask { get; set; } = Task.CompletedTask;

    public long LastActivity { get; private set; }

    public bool IsBusy => Volatile.Read(ref _activeRequests) > 0;

    public CancellationToken Closed => _closed.Token;

    public void Touch(long now) => LastActivity = now;

    public bool TryStartGet() => Interlocked.Exchange(ref _getStarted, 1) == 0;

    public IDisposable Enter()
    {
        Interlocked.Increment(ref _activeRequests);
        return new Exit(this);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        try
        {
            await _closed.CancelAsync();
            await Transport.DisposeAsync();
            await RunTask.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The server loop ends by cancellation when the session closes.
        }
        finally
        {
            await Server.DisposeAsync();
            _closed.Dispose();
        }
    }

    private sealed class Exit(HttpMcpSession session) : IDisposable
    {
        public void Dispose() => Interlocked.Decrement(ref session._activeRequests);
    }
}
