using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace SecureMcp.Gateway.Upstreams;

/// <summary>
/// Relays an HTTP upstream's progress through the SDK's progress callback, in order; <see cref="DrainAsync"/> waits
/// for what was relayed. The SDK may still run a late notification's callback after the result (see docs/operations.md).
/// </summary>
internal sealed class ProgressRelay(McpServer caller, ProgressToken token) : IProgress<ProgressNotificationValue>
{
    private readonly Lock _gate = new();
    private Task _last = Task.CompletedTask;

    public void Report(ProgressNotificationValue value)
    {
        lock (_gate)
        {
            _last = _last.ContinueWith(_ => caller.NotifyProgressAsync(token, value), CancellationToken.None,
                TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
        }
    }

    public async Task DrainAsync()
    {
        Task last;
        lock (_gate)
        {
            last = _last;
        }

        try
        {
            await last;
        }
        catch (Exception ex) when (ex is McpException or IOException or ObjectDisposedException)
        {
            // A client that went away cannot receive progress; the result is still returned.
        }
    }
}
