using System.Text.Json;
using ModelContextProtocol.Protocol;

namespace SecureMcp.Inspection.Tests.Support;

/// <summary>Builds tool definitions for tests.</summary>
internal static class Tools
{
    public static Tool Make(string name, string? description = null, string schema = """{"type":"object","properties":{}}""", ToolAnnotations? annotations = null, string? title = null) => new()
    {
        Name = name,
        Title = title,
        Description = description,
        InputSchema = JsonDocument.Parse(schema).RootElement.Clone(),
        Annotations = annotations,
    };

    public static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
