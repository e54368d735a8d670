using System.Text.Json;
using ModelContextProtocol.Protocol;

namespace SecureMcp.ToolServer.Tests.Support;

internal static class Args
{
    public static Dictionary<string, JsonElement> Parse(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;

    public static string Text(CallToolResult result) => ((TextContentBlock)result.Content[0]).Text;

    public static JsonElement Json(CallToolResult result)
    {
        result.IsError.ShouldBe(false, Text(result));
        using var document = JsonDocument.Parse(Text(result));
        var fromText = document.RootElement.Clone();
        result.StructuredContent.ShouldNotBeNull();
        result.StructuredContent.Value.GetRawText().ShouldBe(fromText.GetRawText());
        return fromText;
    }

    public static void ShouldBeError(this CallToolResult result, string fragment)
    {
        result.IsError.ShouldBe(true);
        Text(result).ShouldContain(fragment, Case.Insensitive);
    }
}
