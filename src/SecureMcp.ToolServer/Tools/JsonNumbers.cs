using System.Text.Json.Nodes;

namespace SecureMcp.ToolServer.Tools;

/// <summary>Writes doubles as JSON, mapping NaN and infinities (undefined statistics) to null.</summary>
internal static class JsonNumbers
{
    public static JsonNode? Of(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;
}
