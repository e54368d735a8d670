using System.Diagnostics;
using ModelContextProtocol.Client;

namespace SecureMcp.Cli.Bench;

/// <summary>Drives K concurrent MCP clients, each with its own session, calling one tool in a closed loop.</summary>
internal static class LoadGenerator
{
    private static int s_reported;

    public static Task<LoadResult> RunAsync(
        string name, string url, string? apiKey, int clients, TimeSpan warmup, TimeSpan duration,
        string tool, IReadOnlyDictionary<string, object?> arguments, string? protocolVersion, CancellationToken cancellationToken) =>
        RunAsync(name, (i, ct) => ConnectAsync(url, apiKey, protocolVersion, $"bench-{i}", httpClient: null, ct), clients, warmup, duration, tool, arguments, null, cancellationToken);

    /// <summary>
    /// Connects <paramref name="clients"/> clients with <paramref name="connect"/>, warms up, then measures; <paramref name="meter"/>
    /// (optional) is read at the edges of the measured phase only.
    /// </summary>
    public static async Task<LoadResult> RunAsync(
        string name, Func<int, CancellationToken, Task<McpClient>> connect, int clients, TimeSpan warmup, TimeSpan duration,
        string tool, IReadOnlyDictionary<string, object?> arguments, PhaseMeter? meter, CancellationToken cancellationToken)
    {
        var sessions = new List<McpClient>();
        try
        {
            for (var i = 0; i < clients; i++)
            {
                sessions.Add(await connect(i, cancellationToken));
            }

            await RunPhaseAsync(sessions, warmup, tool, arguments, cancellationToken);
            var before = meter?.Sample() ?? default;
            var measured = await RunPhaseAsync(sessions, duration, tool, arguments, cancellationToken);
            var cost = meter is null ? default : meter.Sample() - before;
            return new LoadResult(name, clients, measured.Latencies, measured.Errors, measured.Elapsed, cost);
        }
        finally
        {
            foreach (var session in sessions)
            {
                await session.DisposeAsync();
            }
        }
    }

    /// <summary>Connects one MCP client with an API key; <paramref name="httpClient"/> (owned by the client from then on) sets how TLS is trusted.</summary>
    public static async Task<McpClient> ConnectAsync(string url, string? apiKey, string? protocolVersion, string clientName, HttpClient? httpClient,
        CancellationToken cancellationToken)
    {
        var headers = new Dictionary<string, string>();
        if (apiKey is not null)
        {
            headers["Authorization"] = "Bearer " + apiKey;
        }

        var options = new HttpClientTransportOptions { Endpoint = new Uri(url), AdditionalHeaders = headers, Name = clientName };
        var transport = httpClient is null
            ? new HttpClientTransport(options)
            : new HttpClientTransport(options, httpClient, loggerFactory: null, ownsHttpClient: true);
        return await McpClient.CreateAsync(transport, new McpClientOptions
        {
            ClientInfo = new() { Name = clientName, Version = "1.0" },
            ProtocolVersion = protocolVersion,
        }, cancellationToken: cancellationToken);
    }

    private static async Task<(List<double> Latencies, long Errors, TimeSpan Elapsed)> RunPhaseAsync(
        List<McpClient> sessions, TimeSpan duration, string tool, IReadOnlyDictionary<string, object?> arguments, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var perClient = await Task.WhenAll(sessions.Select(async session =>
        {
            var latencies = new List<double>(4096);
            long errors = 0;
            while (Stopwatch.GetTimestamp() < deadline && !cancellationToken.IsCancellationRequested)
            {
                var t0 = Stopwatch.GetTimestamp();
                try
                {
                    var result = await session.CallToolAsync(tool, arguments, cancellationToken: cancellationToken);
                    if (result.IsError == true)
                    {
                        errors++;
                        continue;
                    }

                    latencies.Add(Stopwatch.GetElapsedTime(t0).TotalMicroseconds);
                }
                catch (Exception ex) when (ex is ModelContextProtocol.McpException or HttpRequestException or IOException)
                {
                    if (Interlocked.Increment(ref s_reported) == 1)
                    {
                        Console.Error.WriteLine($"bench: first call error: {ex.GetType().Name}: {ex.Message}");
                    }

                    errors++;
                }
            }

            return (latencies, errors);
        }));
        var elapsed = Stopwatch.GetElapsedTime(started);
        return (perClient.SelectMany(p => p.latencies).ToList(), perClient.Sum(p => p.errors), elapsed);
    }
}
