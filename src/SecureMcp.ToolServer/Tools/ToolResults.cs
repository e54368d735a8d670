using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;

namespace SecureMcp.ToolServer.Tools;

/// <summary>Builds tool results: JSON (as text plus structured content), plain text, or an error.</summary>
internal static class ToolResults
{
    public static CallToolResult Json(JsonObject result)
    {
        var text = result.ToJsonString();
        using var document = JsonDocument.Parse(text);
        return new CallToolResult
        {
            Content = [new TextContentBlock { Text = text }],
            StructuredContent = document.RootElement.Clone(),
            IsError = false,
        };
    }

    public static CallToolResult Text(string text) => new()
    {
        Content = [new TextContentBlock { Text = text }],
        IsError = false,
    };

    public static CallToolResult Error(string message) => new()
    {
        Content = [new TextContentBlock { Text = message }],
        IsError = true,
    };
}
