using System.Text.Json;
using System.Text.Json.Nodes;
using SecureMcp.Core.Json;
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
                CheckKind.Schema => found && SchemaViolation(check.Value, value) is null,
                _ => false,
            };
            if (!ok && check.Kind == CheckKind.Schema && found)
            {
                return $"check failed: {Where(check)} does not match the expected schema: {SchemaViolation(check.Value, value)}";
            }

            if (!ok)
            {
                return $"check failed: {Where(check)} {check.Kind} {check.Value?.ToJsonString() ?? ""} (got {value?.ToJsonString() ?? "nothing"})";
            }
        }

        return null;
    }

    private static string Where(TaskCheck check) => check.Path.Length == 0 ? check.Step : check.Step + "." + check.Path;

    private static string? SchemaViolation(JsonNode? schema, JsonNode? value)
    {
        using var schemaDoc = JsonDocument.Parse(schema?.ToJsonString() ?? "{}");
        using var valueDoc = JsonDocument.Parse(value?.ToJsonString() ?? "null");
        var errors = SchemaSubsetValidator.Validate(schemaDoc.RootElement, valueDoc.RootElement);
        return errors.Count == 0 ? null : string.Join("; ", errors);
    }

    private static bool Same(JsonNode? actual, JsonNode? expected) =>
        Number(actual) is { } a && Number(expected) is { } e ? Math.Abs(a - e) <= 1e-9 : JsonNode.DeepEquals(actual, expected);

    private static double? Number(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.Number
            ? double.Parse(value.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture)
            : null;
}
