using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace SecureMcp.IntegrationTests.Support;

/// <summary><c>securemcp gateway --config FILE</c> as a real child process on a free port; killed on dispose.</summary>
internal sealed partial class GatewayProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output;

    private GatewayProcess(Process process, ConcurrentQueue<string> output, string address)
    {
        _process = process;
        _output = output;
        Address = address;
    }

    /// <summary>The base address it serves, for example <c>https://127.0.0.1:41234</c>.</summary>
    public string Address { get; }

    /// <summary>Everything the process wrote so far, for failure messages.</summary>
    public string Output => string.Join('\n', _output);

    /// <summary>Starts the gateway with <paramref name="environment"/> added to its environment and waits until it serves.</summary>
    public static async Task<GatewayProcess> StartAsync(string configPath, string listen, IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var arg in new[] { CliPaths.Dll, "gateway", "--config", configPath, "--listen", listen })
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        var output = new ConcurrentQueue<string>();
        var serving = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = Process.Start(info)!;
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                serving.TrySetException(new InvalidOperationException("the gateway exited:\n" + string.Join('\n', output)));
                return;
            }

            output.Enqueue(e.Data);
            if (ServingPattern().Match(e.Data) is { Success: true } match)
            {
                serving.TrySetResult(match.Groups[1].Value);
            }
        };
        process.OutputDataReceived += (_, e) => output.Enqueue(e.Data ?? "");
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        process.StandardInput.Close();
        try
        {
            return new GatewayProcess(process, output, await serving.Task.WaitAsync(TimeSpan.FromSeconds(90)));
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"serving MCP at (\S+)/mcp")]
    private static partial Regex ServingPattern();
}
