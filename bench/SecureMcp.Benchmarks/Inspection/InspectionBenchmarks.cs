using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using ModelContextProtocol.Protocol;
using SecureMcp.Inspection.Arguments;
using SecureMcp.Inspection.Policy;
using SecureMcp.Inspection.Results;
using SecureMcp.Inspection.Risk;

namespace SecureMcp.Benchmarks.Inspection;

/// <summary>
/// Call-path cost of inspection: argument scanning plus result scanning (with redaction) of a 4 KB payload.
/// Goal (issue 5): ≤ 50 µs at p99. BenchmarkDotNet has no P99 column; Max (P100) bounds it from above.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PercentileConfig))]
public class InspectionCallPathBenchmarks
{
    private ArgumentInspector _arguments = null!;
    private ResultInspector _results = null!;
    private JsonElement _payload;
    private CallToolResult _result = null!;

    [GlobalSetup]
    public void Setup()
    {
        var policy = InspectionPolicy.Default;
        _arguments = new ArgumentInspector(policy.Arguments with { ResolveDns = false });
        _results = new ResultInspector(policy);
        _payload = InspectionPayloads.Arguments4K();
        _result = new CallToolResult { Content = [new TextContentBlock { Text = InspectionPayloads.Result4K() }] };
    }

    [Benchmark]
    public int Arguments4K() => _arguments.InspectAsync(_payload, ToolCapabilities.FileSystem | ToolCapabilities.Network).AsTask().Result.Count;

    [Benchmark]
    public int Result4K() => _results.Inspect(_result).Findings.Count;

    [Benchmark]
    public int ArgumentsPlusResult4K() =>
        _arguments.InspectAsync(_payload, ToolCapabilities.FileSystem | ToolCapabilities.Network).AsTask().Result.Count + _results.Inspect(_result).Findings.Count;

    private sealed class PercentileConfig : ManualConfig
    {
        public PercentileConfig() => AddColumn(StatisticColumn.Min, StatisticColumn.P95, StatisticColumn.Max);
    }
}

/// <summary>4 KB payloads shaped like real traffic: paths, URLs and prose, one secret and one email in the result.</summary>
internal static class InspectionPayloads
{
    public static JsonElement Arguments4K()
    {
        var sb = new StringBuilder("{\"path\":\"src/app/components/list.tsx\",\"url\":\"https://api.github.com/repos/org/repo/contents\",\"items\":[");
        var i = 0;
        while (sb.Length < 4000)
        {
            sb.Append(i == 0 ? "" : ",").Append("{\"name\":\"item-").Append(i).Append("\",\"note\":\"Reviewed the change set and left comments on style.\",\"file\":\"docs/part-").Append(i).Append(".md\"}");
            i++;
        }

        sb.Append("]}");
        return JsonDocument.Parse(sb.ToString()).RootElement.Clone();
    }

    public static string Result4K()
    {
        var sb = new StringBuilder();
        var line = 0;
        while (sb.Length < 4000)
        {
            sb.Append("line ").Append(line++).Append(": build step completed in 42 ms, cache hit ratio 0.93, see https://ci.example.com/runs/1234\n");
            if (line == 10)
            {
                sb.Append("aws_access_key_id = AKIAZ7Q3EXAMPLE4KEY1\ncontact: ops@example.com\n");
            }
        }

        return sb.ToString();
    }
}
