using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using SecureMcp.Inspection.Scanning;

namespace SecureMcp.Benchmarks.Inspection;

/// <summary>Scanning 1,000 tool definitions (risk + every poisoning detector, with cross-server context). Goal: ≤ 100 ms.</summary>
/// <remarks>The definitions are the real benign corpus (174 tools from 15 npm servers) repeated across servers up to 1,000.</remarks>
[MemoryDiagnoser]
[MinColumn]
[MaxColumn]
public class ToolScanBenchmarks
{
    private List<ServerTools> _servers = null!;
    private ToolScanner _scanner = null!;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = LoadCorpus();
        _servers = [];
        var count = 0;
        for (var copy = 0; count < 1_000; copy++)
        {
            foreach (var (server, tools) in corpus)
            {
                var take = tools.Take(1_000 - count).ToList();
                _servers.Add(new ServerTools($"{server}-{copy}", take));
                count += take.Count;
                if (count >= 1_000)
                {
                    break;
                }
            }
        }

        _scanner = new ToolScanner();
    }

    [Benchmark]
    public int Scan1000Tools() => _scanner.Scan(_servers).Tools.Count;

    private static List<(string Server, List<Tool> Tools)> LoadCorpus()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SecureMcp.sln")))
        {
            directory = directory.Parent;
        }

        var benign = Path.Combine(directory?.FullName ?? throw new InvalidOperationException("repository root not found"),
            "tests", "SecureMcp.Inspection.Tests", "Corpus", "benign");
        return Directory.GetFiles(benign, "*.json").Order(StringComparer.Ordinal).Select(file =>
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            var tools = doc.RootElement.GetProperty("tools").EnumerateArray()
                .Select(t => t.Deserialize<Tool>(McpJsonUtilities.DefaultOptions)!).ToList();
            return (doc.RootElement.GetProperty("server").GetString()!, tools);
        }).ToList();
    }
}
