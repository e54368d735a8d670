using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SecureMcp.Agents.Execution;

/// <summary>Fills <c>${step.path}</c> references in an argument template with earlier steps' results.</summary>
/// <remarks>
/// A string that is exactly one reference becomes the referenced JSON value (an array stays an array). A reference
/// inside a longer string is replaced by the value's text.
/// </remarks>
internal static partial class ReferenceResolver
{
    /// <summary>The step ids a template refers to.</summary>
    public static IEnumerable<string> ReferencedSteps(JsonNode? template) => Strings(template)
        .SelectMany(s => ReferencePattern().Matches(s).Select(m => m.Groups[1].Value))
        .Distinct(StringComparer.Ordinal);

    public static JsonObject Resolve(JsonObject template, IReadOnlyDictionary<string, JsonNode?> results) =>
        (JsonObject)ResolveNode(template, results)!;

    private static JsonNode? ResolveNode(JsonNode? node, IReadOnlyDictionary<string, JsonNode?> results) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, ResolveNode(p.Value, results)))),
        JsonArray array => new JsonArray(array.Select(item => ResolveNode(item, results)).ToArray()),
        JsonValue value when value.TryGetValue<string>(out var text) => ResolveString(text, results),
        _ => node?.DeepClone(),
    };

    private static JsonNode? ResolveString(string text, IReadOnlyDictionary<string, JsonNode?> results)
    {
        var whole = ReferencePattern().Match(text);
        if (whole.Success && whole.Length == text.Length)
        {
            return Lookup(whole, results)?.DeepClone();
        }

        return JsonValue.Create(ReferencePattern().Replace(text, m => Lookup(m, results) switch
        {
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            { } other => other.ToJsonString(),
            null => "",
        }));
    }

    private static JsonNode? Lookup(Match match, IReadOnlyDictionary<string, JsonNode?> results)
    {
        var step = match.Groups[1].Value;
        var path = match.Groups[2].Success ? match.Groups[2].Value : "";
        if (!results.TryGetValue(step, out var result))
        {
            throw new PlanException($"reference to step '{step}', which has not run");
        }

        return JsonPath.TryGet(result, path, out var value)
            ? value
            : throw new PlanException($"step '{step}' has no value at '{path}'");
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Strings(p.Value)),
        JsonArray array => array.SelectMany(Strings),
        JsonValue value when value.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    [GeneratedRegex(@"\$\{([A-Za-z0-9_\-]+)(?:\.([A-Za-z0-9_.\-]+))?\}", RegexOptions.None, matchTimeoutMilliseconds: 100)]
    private static partial Regex ReferencePattern();
}
