using System.Diagnostics;
using System.Text.RegularExpressions;

namespace SecureMcp.Cli.Infrastructure;

/// <summary>A child process that announces readiness on stderr; killed with its children on dispose.</summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private int _disposed;

    private ChildProcess(Process process, string readyValue)
    {
        _process = process;
        ReadyValue = readyValue;
    }

    /// <summary>The first capture group of the readiness pattern (for example the bound URL).</summary>
    public string ReadyValue { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the process and waits until a stderr line matches <paramref name="ready"/>.</summary>
    public static async Task<ChildProcess> StartAsync(string command, IEnumerable<string> args, Regex ready, TimeSpan timeout, Action<string>? stderr = null)
    {
        var info = new ProcessStartInfo(command)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {command}");
        var readySignal = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var tail = new Queue<string>();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                readySignal.TrySetException(new InvalidOperationException($"{command} exited before it was ready: {string.Join(" | ", tail)}"));
                return;
            }

            lock (tail)
            {
                tail.Enqueue(e.Data);
                if (tail.Count > 20)
                {
                    tail.Dequeue();
                }
            }

            stderr?.Invoke(e.Data);
            var match = ready.Match(e.Data);
            if (match.Success)
            {
                readySignal.TrySetResult(match.Groups.Count > 1 ? match.Groups[1].Value : e.Data);
            }
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            var value = await readySignal.Task.WaitAsync(timeout);
            return new ChildProcess(process, value);
        }
        catch
        {
            Kill(process);
            process.Dispose();
            throw;
        }
    }

    /// <summary>Kills the process (and its children) at once, as a crash would.</summary>
    public void Kill() => Kill(_process);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        Kill(_process);
        try
        {
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            // Left to the operating system.
        }

        _process.Dispose();
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
