using ModelContextProtocol.Protocol;
using SecureMcp.Inspection.Findings;
using SecureMcp.Inspection.Risk;
using SecureMcp.Inspection.Text;

namespace SecureMcp.Inspection.Poisoning;

/// <summary>Runs risk classification and every poisoning detector over a tool definition.</summary>
public sealed class ToolInspector
{
    private readonly IToolDetector[] _detectors;
    private readonly ToolRiskClassifier _classifier;

    /// <summary>Creates an inspector with every detector.</summary>
    /// <param name="classifier">The risk classifier (carries the per-server floors of the policy).</param>
    public ToolInspector(ToolRiskClassifier? classifier = null)
    {
        _classifier = classifier ?? new ToolRiskClassifier();
        _detectors =
        [
            new InstructionDetector(), new HiddenUnicodeDetector(), new HomoglyphDetector(), new HtmlCommentDetector(),
            new WhitespacePaddingDetector(), new EncodedPayloadDetector(), new ExfilUrlDetector(), new ShadowingDetector(),
        ];
    }

    /// <summary>Inspects one tool alone (no cross-tool context).</summary>
    public ToolReport Inspect(string server, Tool tool) => Inspect(server, tool, null);

    /// <summary>Inspects one tool knowing every visible tool (for shadowing and impersonation).</summary>
    /// <param name="server">The tool's server.</param>
    /// <param name="tool">The upstream definition.</param>
    /// <param name="catalogIndex">Tool names (and titles) of the whole catalog with the servers offering them; see <see cref="IndexCatalog"/>.</param>
    public ToolReport Inspect(string server, Tool tool, IReadOnlyDictionary<string, HashSet<string>>? catalogIndex)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(tool);
        var context = new ToolScanContext(server, tool.Name, catalogIndex);
        var findings = new List<Finding>();
        foreach (var item in ToolTextExtractor.Extract(tool))
        {
            foreach (var detector in _detectors)
            {
                detector.Inspect(item, context, findings);
            }
        }

        findings.Sort(static (a, b) => b.Severity != a.Severity ? b.Severity.CompareTo(a.Severity) : string.CompareOrdinal(a.Detector, b.Detector));
        return new ToolReport(server, tool.Name, _classifier.Classify(server, tool), findings);
    }

    /// <summary>Builds the cross-tool index (names and titles → servers) of a catalog.</summary>
    public static Dictionary<string, HashSet<string>> IndexCatalog(IEnumerable<(string Server, Tool Tool)> tools)
    {
        ArgumentNullException.ThrowIfNull(tools);
        return ToolScanContext.Index(tools.SelectMany(static t =>
        {
            var names = new List<(string, string)>(2) { (t.Server, t.Tool.Name) };
            if (!string.IsNullOrWhiteSpace(t.Tool.Title))
            {
                names.Add((t.Server, t.Tool.Title));
            }

            return names;
        }));
    }
}
