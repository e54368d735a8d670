using System.Text.Json;
using System.Text.Json.Serialization;

namespace SecureMcp.Agents.Hosting;

/// <summary>JSON settings for tasks and outcomes exchanged between the coordinator and agents.</summary>
public static class AgentJson
{
    /// <summary>camelCase, enums as strings.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
