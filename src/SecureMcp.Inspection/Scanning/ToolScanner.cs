using SecureMcp.Inspection.Poisoning;
using SecureMcp.Inspection.Risk;

namespace SecureMcp.Inspection.Scanning;

/// <summary>Scans the tool lists of one or more servers together (so cross-server shadowing and impersonation are seen).</summary>
public sealed class ToolScanner
{
    private readonly ToolInspector _inspector;

    /// <summary>Creates a scanner.</summary>
    /// <param name="inspector">The inspector; a default one when null.</param>
    public ToolScanner(ToolInspector? inspector = null)
    {
        _inspector = inspector ?? new ToolInspector(new ToolRiskClassifier());
    }

    /// <summary>Risk and findings of every tool of every server.</summary>
    public ScanResult Scan(IEnumerable<ServerTools> servers)
    {
        ArgumentNullException.ThrowIfNull(servers);
        var list = servers.ToList();
        var index = ToolInspector.IndexCatalog(list.SelectMany(s => s.Tools.Select(t => (s.Server, t))));
        var work = list.SelectMany(s => s.Tools.Select(t => (s.Server, Tool: t))).ToArray();
        var reports = new ToolReport[work.Length];

        // Detectors are stateless, so tools are inspected in parallel; the report keeps server and list order.
        Parallel.For(0, work.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => reports[i] = _inspector.Inspect(work[i].Server, work[i].Tool, index));
        return new ScanResult(reports);
    }
}
