using System.ComponentModel;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace SecureMcp.ConformanceFixture.Prompts;

/// <summary>The prompts the prompt scenarios get: plain, with arguments, with an embedded resource, with an image.</summary>
internal static class FixturePrompts
{
    public static IEnumerable<McpServerPrompt> Create()
    {
        yield return McpServerPrompt.Create(
            () => new[] { User(new TextContentBlock { Text = "This is a simple prompt for testing." }) },
            Options("test_simple_prompt", "Simple Test Prompt", "A simple prompt without arguments"));

        yield return McpServerPrompt.Create(
            ([Description("First test argument")] string arg1, [Description("Second test argument")] string arg2) =>
                new[] { User(new TextContentBlock { Text = $"Prompt with arguments: arg1='{arg1}', arg2='{arg2}'" }) },
            Options("test_prompt_with_arguments", "Prompt With Arguments", "A prompt with required arguments"));

        yield return McpServerPrompt.Create(
            ([Description("URI of the resource to embed")] string resourceUri) => new[]
            {
                User(new EmbeddedResourceBlock
                {
                    Resource = new TextResourceContents
                    {
                        Uri = resourceUri,
                        MimeType = "text/plain",
                        Text = "Embedded resource content for testing.",
                    },
                }),
                User(new TextContentBlock { Text = "Please process the embedded resource above." }),
            },
            Options("test_prompt_with_embedded_resource", "Prompt With Embedded Resource", "A prompt that includes an embedded resource"));

        yield return McpServerPrompt.Create(
            () => new[]
            {
                User(ImageContentBlock.FromBytes(TestMedia.Png, TestMedia.PngMimeType)),
                User(new TextContentBlock { Text = "Please analyze the image above." }),
            },
            Options("test_prompt_with_image", "Prompt With Image", "A prompt that includes image content"));
    }

    private static PromptMessage User(ContentBlock content) => new() { Role = Role.User, Content = content };

    private static McpServerPromptCreateOptions Options(string name, string title, string description) => new()
    {
        Name = name,
        Title = title,
        Description = description,
    };
}
