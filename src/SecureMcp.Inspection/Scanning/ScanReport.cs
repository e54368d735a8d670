using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SecureMcp.Core.Events;
using SecureMcp.Inspection.Findings;

namespace SecureMcp.Inspection.Scanning;

/// <summary>Renders a <see cref="ScanResult"/> for <c>securemcp scan</c>: a text table for people, JSON for CI.</summary>
public static class ScanReport
{
    /// <summary>JSON: <c>{ "summary": {...}, "tools": [ { server, tool, risk, capabilities, reasons, findings: [...] } ] }</c>.</summary>
    public static string ToJson(ScanResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartObject("summary");
            w.WriteNumber("servers", result.Tools.Select(t => t.Server).Distinct(StringComparer.Ordinal).Count());
            w.WriteNumber("tools", result.Tools.Count);
            foreach (var severity in new[] { SecuritySeverity.Critical, SecuritySeverity.High, SecuritySeverity.Medium, SecuritySeverity.Low })
            {
                w.WriteNumber("findings" + severity, result.Tools.Sum(t => t.Findings.Count(f => f.Severity == severity)));
            }

            w.WriteNumber("exitCode", result.ExitCode);
            w.WriteEndObject();
            w.WriteStartArray("tools");
            foreach (var tool in result.Tools)
            {
                w.WriteStartObject();
                w.WriteString("server", tool.Server);
                w.WriteString("tool", tool.Tool);
                w.WriteString("risk", tool.Risk.Level.ToString().ToUpperInvariant());
                w.WriteString("capabilities", tool.Risk.Capabilities.ToString());
                w.WriteStartArray("reasons");
                foreach (var reason in tool.Risk.Reasons)
                {
                    w.WriteStringValue(reason);
                }

                w.WriteEndArray();
                w.WriteStartArray("findings");
                foreach (var f in tool.Findings)
                {
                    w.WriteStartObject();
                    w.WriteString("detector", f.Detector);
                    w.WriteString("severity", f.Severity.ToString().ToUpperInvariant());
                    w.WriteString("location", f.Location);
                    w.WriteNumber("start", f.Start);
                    w.WriteNumber("length", f.Length);
                    w.WriteString("explanation", f.Explanation);
                    w.WriteString("evidence", f.Evidence);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>A table (server, tool, risk, worst finding, count) followed by the MEDIUM-and-above findings.</summary>
    public static string ToText(ScanResult result, SecuritySeverity detailFrom = SecuritySeverity.Medium)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = result.Tools.Select(t => (t.Server, t.Tool, Risk: t.Risk.Level.ToString().ToUpperInvariant(),
            Worst: t.Findings.Count == 0 ? "-" : t.MaxSeverity.ToString().ToUpperInvariant(), Count: t.Findings.Count.ToString(CultureInfo.InvariantCulture))).ToList();
        int Width(Func<(string Server, string Tool, string Risk, string Worst, string Count), string> f, string header) =>
            Math.Min(48, Math.Max(header.Length, rows.Count == 0 ? 0 : rows.Max(r => f(r).Length)));
        var ws = Width(r => r.Server, "SERVER");
        var wt = Width(r => r.Tool, "TOOL");
        var sb = new StringBuilder();
        sb.Append(Pad("SERVER", ws)).Append("  ").Append(Pad("TOOL", wt)).Append("  RISK      WORST     FINDINGS\n");
        foreach (var r in rows)
        {
            sb.Append(Pad(r.Server, ws)).Append("  ").Append(Pad(r.Tool, wt)).Append("  ").Append(Pad(r.Risk, 8)).Append("  ")
              .Append(Pad(r.Worst, 8)).Append("  ").Append(r.Count).Append('\n');
        }

        var details = result.Tools.SelectMany(t => t.Findings.Where(f => f.Severity >= detailFrom).Select(f => (t, f))).ToList();
        if (details.Count > 0)
        {
            sb.Append('\n').Append("Findings (").Append(detailFrom.ToString().ToUpperInvariant()).Append(" and above):\n");
            foreach (var (t, f) in details)
            {
                sb.Append("  [").Append(f.Severity.ToString().ToUpperInvariant()).Append("] ").Append(t.Server).Append('/').Append(t.Tool)
                  .Append(' ').Append(f.Detector).Append(" at ").Append(f.Location).Append(" (").Append(f.Start.ToString(CultureInfo.InvariantCulture))
                  .Append('+').Append(f.Length.ToString(CultureInfo.InvariantCulture)).Append("): ").Append(f.Explanation).Append('\n')
                  .Append("      evidence: ").Append(f.Evidence).Append('\n');
            }
        }

        sb.Append('\n').Append(result.Tools.Count.ToString(CultureInfo.InvariantCulture)).Append(" tool(s); ")
          .Append(details.Count.ToString(CultureInfo.InvariantCulture)).Append(" finding(s) at ").Append(detailFrom.ToString().ToUpperInvariant())
          .Append(" or above; exit code ").Append(result.ExitCode.ToString(CultureInfo.InvariantCulture)).Append('\n');
        return sb.ToString();
    }

    private static string Pad(string text, int width) =>
        text.Length > width ? string.Concat(text.AsSpan(0, width - 1), "…") : text.PadRight(width);

    /// <summary>Detector ids in report order (for documentation and the JSON consumer).</summary>
    public static IReadOnlyList<string> Detectors => DetectorIds.All;
}
