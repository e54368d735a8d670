using SecureMcp.Inspection.Findings;
using SecureMcp.Inspection.Text;

namespace SecureMcp.Inspection.Poisoning;

/// <summary>A detector of poisoning in one piece of tool-definition text.</summary>
internal interface IToolDetector
{
    /// <summary>The detector id (see <see cref="DetectorIds"/>).</summary>
    string Id { get; }

    /// <summary>Adds the findings for <paramref name="item"/> to <paramref name="findings"/>.</summary>
    void Inspect(ToolTextItem item, ToolScanContext context, List<Finding> findings);
}
