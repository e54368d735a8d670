using System.Text.Json;

namespace SecureMcp.ToolServer.Reporting;

/// <summary>One report section: a heading, optional prose and optional JSON data (a prior tool's output).</summary>
internal sealed record ReportSection(string Heading, string? Text, JsonElement? Data);
