using System.Text.Json;
using SecureMcp.Core.Events;
using SecureMcp.Inspection.Findings;
using SecureMcp.Inspection.Policy;
using SecureMcp.Inspection.Risk;

namespace SecureMcp.Inspection.Arguments;

/// <summary>Scans call arguments: size and shape, path traversal, SSRF, and, by the tool's capabilities, shell and SQL injection.</summary>
public sealed class ArgumentInspector
{
    private static readonly System.Buffers.SearchValues<string> SqlNames = Text.Anchors.Of("sql", "query", "statement", "where", "filter", "condition");
    private readonly ArgumentOptions _options;
    private readonly PathScanner _paths;
    private readonly SsrfScanner _ssrf;

    /// <summary>Creates an inspector.</summary>
    /// <param name="options">Limits and allow-lists.</param>
    /// <param name="resolver">DNS for the SSRF check; null skips resolution.</param>
    public ArgumentInspector(ArgumentOptions? options = null, IHostResolver? resolver = null)
    {
        _options = options ?? new ArgumentOptions();
        _paths = new PathScanner(_options);
        _ssrf = new SsrfScanner(_options, resolver);
    }

    /// <summary>Scans the arguments of a call to a tool with the given capabilities.</summary>
    public async ValueTask<IReadOnlyList<Finding>> InspectAsync(JsonElement arguments, ToolCapabilities capabilities, CancellationToken cancellationToken = default)
    {
        var findings = new List<Finding>();
        var strings = new List<StringArgument>();
        var shape = new Shape();
        Walk(arguments, "$", "", -1, "$", 1, strings, ref shape);
        CheckShape(shape, findings);

        var shell = (capabilities & ToolCapabilities.ExecutesCommands) != 0;
        var database = (capabilities & ToolCapabilities.Database) != 0;
        foreach (var argument in strings)
        {
            if (argument.Value.Length > _options.MaxStringLength)
            {
                continue;
            }

            if (PathScanner.Applies(argument))
            {
                _paths.Scan(argument, findings);
            }

            if (shell)
            {
                ShellScanner.Scan(argument, findings);
            }

            if (database && (argument.Name.AsSpan().ContainsAny(SqlNames) || argument.Value.Contains('\'', StringComparison.Ordinal)))
            {
                SqlScanner.Scan(argument, findings);
            }

            await _ssrf.ScanAsync(argument, findings, cancellationToken);
        }

        return findings;
    }

    private void CheckShape(Shape shape, List<Finding> findings)
    {
        var bytes = shape.Bytes;
        if (bytes > _options.MaxBytes)
        {
            findings.Add(Oversized(SecuritySeverity.High, $"arguments are about {bytes} bytes, over the limit of {_options.MaxBytes}"));
        }

        if (shape.Depth > _options.MaxDepth)
        {
            findings.Add(Oversized(SecuritySeverity.High, $"arguments nest {shape.Depth} levels deep, over the limit of {_options.MaxDepth}"));
        }

        if (shape.Nodes > _options.MaxNodes)
        {
            findings.Add(Oversized(SecuritySeverity.High, $"arguments hold {shape.Nodes} values, over the limit of {_options.MaxNodes}"));
        }

        if (shape.LongestString > _options.MaxStringLength)
        {
            findings.Add(Oversized(SecuritySeverity.High, $"a string of {shape.LongestString} characters is over the limit of {_options.MaxStringLength}"));
        }

    }

    private static Finding Oversized(SecuritySeverity severity, string why) => new(DetectorIds.Oversized, severity, "$", 0, 0, why, "");

    private static void Walk(JsonElement element, string parent, string name, int index, string path, int depth, List<StringArgument> strings, ref Shape shape)
    {
        shape.Nodes++;
        shape.Depth = Math.Max(shape.Depth, depth);
        if (depth > 256)
        {
            return;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                shape.Bytes += 2;
                foreach (var property in element.EnumerateObject())
                {
                    shape.Bytes += property.Name.Length + 4;
                    var child = property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array ? path + "." + property.Name : "";
                    Walk(property.Value, path, property.Name, -1, child, depth + 1, strings, ref shape);
                }

                break;
            case JsonValueKind.Array:
                shape.Bytes += 2;
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    shape.Bytes += 1;
                    var child = item.ValueKind is JsonValueKind.Object or JsonValueKind.Array ? $"{path}[{i}]" : "";
                    Walk(item, path, name, i++, child, depth + 1, strings, ref shape);
                }

                break;
            case JsonValueKind.String:
                var value = element.GetString()!;
                shape.Bytes += value.Length + 2;
                shape.LongestString = Math.Max(shape.LongestString, value.Length);
                strings.Add(new StringArgument(parent, name, index, value));
                break;
            default:
                shape.Bytes += element.GetRawText().Length;
                break;
        }
    }

    private struct Shape
    {
        public long Bytes;
        public int Depth;
        public int Nodes;
        public int LongestString;
    }
}
