using System.Text.Json;
using System.Text.Json.Serialization;
using SecureMcp.Core.Tasks;

namespace SecureMcp.Allocation.Explain;

/// <summary>JSON form of explanations, as stored in the task log's transition detail.</summary>
internal static class ExplanationJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Serialize(AllocationExplanation explanation) => JsonSerializer.Serialize(explanation, Options);

    public static AllocationExplanation? Deserialize(string json) => JsonSerializer.Deserialize<AllocationExplanation>(json, Options);

    /// <summary>The explanations stored with a task's transitions (each assignment carries one), oldest first.</summary>
    public static IReadOnlyList<AllocationExplanation> FromTransitions(IEnumerable<TaskTransition> transitions) =>
        [.. transitions.Where(t => t.Detail is not null).Select(t => Deserialize(t.Detail!)).OfType<AllocationExplanation>()];
}
