using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace SecureMcp.ConformanceFixture.Tools;

/// <summary>Tools that return one fixed kind of content each (text, image, audio, embedded resource, a mix).</summary>
internal static class ContentTools
{
    public static IEnumerable<McpServerTool> Create()
    {
        yield return McpServerTool.Create(
            () => "This is a simple text response for testing.",
            Options("test_simple_text", "Tests simple text content response"));

        yield return McpServerTool.Create(
            () => ImageContentBlock.FromBytes(TestMedia.Png, TestMedia.PngMimeType),
            Options("test_image_content", "Tests image content response"));

        yield return McpServerTool.Create(
            () => AudioContentBlock.FromBytes(TestMedia.Wav, TestMedia.WavMimeType),
            Options("test_audio_content", "Tests audio content response"));

        yield return McpServerTool.Create(
            () => new EmbeddedResourceBlock
            {
                Resource = new TextResourceContents
                {
                    Uri = "test://embedded-resource",
                    MimeType = "text/plain",
                    Text = "This is an embedded resource content.",
                },
            },
            Options("test_embedded_resource", "Tests embedded resource content response"));

        yield return McpServerTool.Create(
            () => new CallToolResult { Content = MixedContent() },
            Options("test_multiple_content_types", "Tests response with multiple content types (text, image, resource)"));
    }

    private static List<ContentBlock> MixedContent() =>
    [
        new TextContentBlock { Text = "Multiple content types test:" },
        ImageContentBlock.FromBytes(TestMedia.Png, TestMedia.PngMimeType),
        new EmbeddedResourceBlock
        {
            Resource = new TextResourceContents
            {
                Uri = "test://mixed-content-resource",
                MimeType = "application/json",
                Text = """{"test":"data","value":123}""",
            },
        },
    ];

    private static McpServerToolCreateOptions Options(string name, string description) => new()
    {
        Name = name,
        Description = description,
        ReadOnly = true,
        Destructive = false,
        OpenWorld = false,
    };
}
