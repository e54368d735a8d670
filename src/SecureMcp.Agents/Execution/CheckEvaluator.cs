using System.Text.Json.Nodes;
using SecureMcp.Agents.Tasks;

namespace SecureMcp.Agents.Execution;

/// <summary>Evaluates a task's checks against its steps' results; returns the first failure, or null.</summary>
internal static class CheckEvaluator
{
    public static string? FirstFailure(IReadOnlyList<TaskCheck> checks, IReadOnlyDictionary<string, JsonNode?> results)
    {
        foreach (var check in checks)
        {
            if (!results.TryGetValue(check.Step, out var result))
            {
                return $"check on unknown step '{check.Step}'";
            }

            var found = JsonPath.TryGet(result, check.Path, out var value);
            var ok = check.Kind switch
            {
                CheckKind.Exists => found,
                CheckKind.Equals => found && Same(value, check.Value),
                CheckKind.Min => found && Number(value) is { } n && Number(check.Value) is { } min && n >= min,
                CheckKind.Max => found && Number(value) is { } n2 && Number(check.Value) is { } max && n2 <= max,
                CheckKind.Count => found && value is JsonArray array && Number(check.Value) is { } count && array.Count == (int)count,
                _ => false,
            };
            if (!ok)
            {
                return $"check failed: {check.Step}.{check.Path} {check.Kind} {check.Value?.ToJsonString() ?? ""} (got {value?.ToJsonString() ?? "nothing"})";
            }
        }

        return null;
    }

    private static bool Same(JsonNode? actual, JsonNode? expected) =>
        Number(actual) is { } a && Number(expected) is { } e ? Math.Abs(a - e) <= 1e-9 : JsonNode.DeepEquals(actual, expected);

    private static double? Number(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.Number
            ? double.Parse(value.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture)
            : null;
}
