using System.Collections.Concurrent;
using System.Diagnostics;
using ModelContextProtocol;
using SecureMcp.Cli.Commands;
using SecureMcp.Cli.Infrastructure;

namespace SecureMcp.Cli.Bench;

/// <summary>
/// <c>securemcp bench agents</c>: N agents hosted in this process, each with its own API key and MCP session at the gateway,
/// all connected first, then released together to run their plans for the measured period (issue #7).
/// </summary>
internal static class AgentScaleBench
{
    /// <summary>The gateway's default cap on open sessions (<c>http.maxSessions</c>); the bench raises it only when N needs more.</summary>
    public const int DefaultSessionCap = 10_000;

    public static async Task<AgentBenchOutcome> RunAsync(AgentBenchSettings settings, Action<string> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(progress);
        using var directory = BenchDirectory.Create("securemcp-bench-agents-");
        await using var toolServer = await BenchServers.StartToolServerAsync(directory.Path);
        var sessionCap = Math.Max(DefaultSessionCap, settings.Agents + 100);
        var writer = new GatewayConfigWriter().AddHttpUpstream("toolserver", toolServer.ReadyValue).WithMaxSessions(sessionCap);
        var ids = Enumerable.Range(1, settings.Agents).Select(i => $"agent-{i:000}").ToArray();
        var keys = ids.Select(id => writer.AddKey(id, "agent")).ToArray();
        var auditPath = Path.Combine(directory.Path, "audit.db");
        var gateway = await BenchServers.StartGatewayAsync(writer.Write(directory.Path, "http://127.0.0.1:0", auditPath));
        var agents = new HostedAgent?[settings.Agents];
        try
        {
            var mcpUrl = new Uri(gateway.ReadyValue);
            using var probe = new GatewayProbe(mcpUrl);
            var memory = new List<MemoryPoint> { MemoryPoint.Take("gateway started, no agent yet", gateway.Id) };
            progress($"connecting {settings.Agents} agents, {settings.ConnectParallelism} at a time");
            var errors = new ConcurrentQueue<string>();
            var connecting = Stopwatch.StartNew();
            await Parallel.ForEachAsync(Enumerable.Range(0, settings.Agents),
                new ParallelOptions { MaxDegreeOfParallelism = settings.ConnectParallelism, CancellationToken = cancellationToken },
                async (i, ct) =>
                {
                    try
                    {
                        agents[i] = await HostedAgent.ConnectAsync(ids[i], keys[i], mcpUrl, settings.ProtocolVersion, ct);
                    }
                    catch (Exception ex) when (ex is McpException or HttpRequestException or IOException or TimeoutException)
                    {
                        errors.Enqueue($"{ids[i]} could not connect: {ex.Message}");
                    }
                });
            var connectTime = connecting.Elapsed;
            var connected = agents.OfType<HostedAgent>().ToList();
            var sessionsAtStart = await probe.OpenSessionsAsync(cancellationToken);
            memory.Add(MemoryPoint.Take($"{connected.Count} agents connected, idle", gateway.Id));
            progress($"{connected.Count} agents connected in {connectTime.TotalSeconds:0.0} s; the gateway holds {sessionsAtStart} sessions; releasing them together");

            // Every agent waits on the same signal, so all sessions are open before the first call and all run at once.
            var start = new TaskCompletionSource<MeasurementWindow>(TaskCreationOptions.RunContinuationsAsynchronously);
            var loops = connected.Select(a => a.RunAsync(start.Task, cancellationToken)).ToArray();
            var window = MeasurementWindow.StartingIn(settings.Warmup, settings.Duration);
            var meter = new PhaseMeter(gateway.Id);
            var measuredFrom = SampleAfterAsync(meter, settings.Warmup, cancellationToken);
            var underLoad = SampleUnderLoadAsync(probe, gateway.Id, settings.Warmup + (settings.Duration / 2), cancellationToken);
            start.SetResult(window);
            await Task.WhenAll(loops);
            var elapsed = Stopwatch.GetElapsedTime(window.From);
            var cost = meter.Sample() - await measuredFrom;
            var (sessionsUnderLoad, loadMemory) = await underLoad;
            memory.Add(loadMemory);
            memory.Add(MemoryPoint.Take("end of the measured period", gateway.Id));
            var peak = ProcessMemory.PeakResidentBytes(gateway.Id);
            foreach (var agent in connected.Where(a => a.Recorder.FirstError is not null).Take(3))
            {
                errors.Enqueue($"{agent.Id}: {agent.Recorder.FirstError}");
            }

            await Task.WhenAll(connected.Select(a => a.DisposeAsync().AsTask()));
            Array.Clear(agents);
            await gateway.DisposeAsync();
            var audit = await AuditCommand.VerifyAsync(auditPath, cancellationToken);
            var recorders = connected.Select(a => a.Recorder).ToList();
            return new AgentBenchOutcome
            {
                Agents = settings.Agents,
                Connected = connected.Count,
                AgentSessions = connected.Count(a => a.SessionId is not null),
                GatewaySessionsAtStart = sessionsAtStart,
                GatewaySessionsUnderLoad = sessionsUnderLoad,
                SessionCap = sessionCap,
                ProtocolVersion = settings.ProtocolVersion ?? "negotiated",
                ConnectTime = connectTime,
                Calls = new LoadResult("calls", connected.Count, recorders.SelectMany(r => r.CallMicros).ToList(), recorders.Sum(r => r.Errors), elapsed, cost),
                Plans = new LoadResult("plans", connected.Count, recorders.SelectMany(r => r.PlanMicros).ToList(), recorders.Sum(r => r.InvalidPlans), elapsed),
                MinCallsPerAgent = recorders.Count == 0 ? 0 : recorders.Min(r => r.CallMicros.Count),
                MaxCallsPerAgent = recorders.Count == 0 ? 0 : recorders.Max(r => r.CallMicros.Count),
                InvalidPlans = recorders.Sum(r => r.InvalidPlans),
                FirstErrors = [.. errors],
                Memory = memory,
                GatewayPeakResidentBytes = peak,
                Audit = audit,
            };
        }
        finally
        {
            foreach (var agent in agents.OfType<HostedAgent>())
            {
                await agent.DisposeAsync();
            }

            await gateway.DisposeAsync();
        }
    }

    private static async Task<PhaseSample> SampleAfterAsync(PhaseMeter meter, TimeSpan after, CancellationToken cancellationToken)
    {
        await Task.Delay(after, cancellationToken);
        return meter.Sample();
    }

    private static async Task<(int Sessions, MemoryPoint Memory)> SampleUnderLoadAsync(GatewayProbe probe, int gatewayId, TimeSpan after, CancellationToken cancellationToken)
    {
        await Task.Delay(after, cancellationToken);
        var memory = MemoryPoint.Take("under load (middle of the measured period)", gatewayId);
        return (await probe.OpenSessionsAsync(cancellationToken), memory);
    }
}
