using System.Diagnostics;
using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace SecureMcp.Cli.Demo;

/// <summary>The multi-step workflow one MCP client runs through the gateway: process, aggregate, analyze, visualize, report, store.</summary>
internal sealed class DemoWorkflow(McpClient client, Action<DemoStep> onStep)
{
    private readonly List<DemoStep> _steps = [];

    public IReadOnlyList<DemoStep> Steps => _steps;

    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        var cleaned = await StepAsync("process", "toolserver__data_processor", new()
        {
            ["csv"] = DemoData.SalesCsv,
            ["missing"] = "fill_median",
        }, r => $"{r.GetProperty("rows").GetArrayLength()} clean rows", cancellationToken);
        if (cleaned is null)
        {
            return false;
        }

        var rows = cleaned.Value.GetProperty("rows");
        var totals = await StepAsync("aggregate", "toolserver__aggregator", new()
        {
            ["rows"] = rows,
            ["groupBy"] = new[] { "region" },
            ["metrics"] = new object[] { new Dictionary<string, string> { ["op"] = "sum", ["field"] = "revenue", ["as"] = "revenue" }, new Dictionary<string, string> { ["op"] = "sum", ["field"] = "units", ["as"] = "units" } },
        }, r => $"{r.GetProperty("rows").GetArrayLength()} regions", cancellationToken);
        var stats = await StepAsync("analyze", "toolserver__analyzer", new() { ["rows"] = rows },
            r => $"correlations: {string.Join(", ", r.GetProperty("correlations").EnumerateArray().Select(c => $"{c.GetProperty("left").GetString()}~{c.GetProperty("right").GetString()} r={c.GetProperty("r")}"))}",
            cancellationToken);
        if (totals is null || stats is null)
        {
            return false;
        }

        var chart = await CallAsync("visualize", "toolserver__visualizer", new()
        {
            ["rows"] = totals.Value.GetProperty("rows"),
            ["type"] = "bar",
            ["x"] = "region",
            ["y"] = new[] { "revenue" },
            ["title"] = "Revenue by region",
        }, r =>
        {
            var png = r.Content.OfType<ImageContentBlock>().FirstOrDefault();
            var svg = r.Content.OfType<TextContentBlock>().Any(t => t.Text.Contains("<svg", StringComparison.Ordinal));
            return png is null || !svg ? null : $"SVG + PNG ({png.Data.Length} base64 bytes, {png.MimeType})";
        }, cancellationToken);
        if (chart is null)
        {
            return false;
        }

        var report = await CallAsync("report", "toolserver__reporter", new()
        {
            ["title"] = "Quarterly sales",
            ["sections"] = new object[]
            {
                new Dictionary<string, object> { ["heading"] = "Revenue by region", ["data"] = totals.Value.GetProperty("rows") },
                new Dictionary<string, object> { ["heading"] = "Statistics", ["data"] = stats.Value.GetProperty("columns") },
            },
        }, r => r.Content.OfType<TextContentBlock>().FirstOrDefault()?.Text is { } md ? $"{md.Split('\n').Length} lines of Markdown" : null, cancellationToken);
        if (report is null)
        {
            return false;
        }

        var markdown = report.Content.OfType<TextContentBlock>().First().Text;
        var stored = await CallAsync("store", "toolserver__file_store", new()
        {
            ["action"] = "write",
            ["path"] = "reports/quarterly-sales.md",
            ["content"] = markdown,
        }, _ => "reports/quarterly-sales.md written in the sandbox", cancellationToken);
        return stored is not null;
    }

    private async Task<JsonElement?> StepAsync(string name, string tool, Dictionary<string, object?> args, Func<JsonElement, string> summarize, CancellationToken cancellationToken)
    {
        var result = await CallAsync(name, tool, args, r => r.StructuredContent is { } s ? summarize(s) : null, cancellationToken);
        return result?.StructuredContent;
    }

    private async Task<CallToolResult?> CallAsync(string name, string tool, Dictionary<string, object?> args, Func<CallToolResult, string?> summarize, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        CallToolResult? result = null;
        string summary;
        try
        {
            result = await client.CallToolAsync(tool, args, cancellationToken: cancellationToken);
            summary = result.IsError == true
                ? "tool error: " + string.Join(" ", result.Content.OfType<TextContentBlock>().Select(t => t.Text))
                : summarize(result) ?? "unexpected result shape";
        }
        catch (ModelContextProtocol.McpException ex)
        {
            summary = "refused: " + ex.Message;
        }

        var ok = result is { IsError: not true } && !summary.StartsWith("unexpected", StringComparison.Ordinal);
        var step = new DemoStep(name, tool, ok, Stopwatch.GetElapsedTime(started).TotalMilliseconds, summary);
        _steps.Add(step);
        onStep(step);
        return ok ? result : null;
    }
}
