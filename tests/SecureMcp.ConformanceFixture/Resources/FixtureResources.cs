using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace SecureMcp.ConformanceFixture.Resources;

/// <summary>The static, binary, templated and watched resources the resource scenarios read.</summary>
internal static class FixtureResources
{
    public const string WatchedUri = "test://watched-resource";

    public static IEnumerable<McpServerResource> Create()
    {
        yield return McpServerResource.Create(
            () => new TextResourceContents
            {
                Uri = "test://static-text",
                MimeType = "text/plain",
                Text = "This is the content of the static text resource.",
            },
            Options("test://static-text", "static-text", "Static Text Resource", "A static text resource for testing", "text/plain"));

        yield return McpServerResource.Create(
            () => BlobResourceContents.FromBytes(TestMedia.Png, "test://static-binary", TestMedia.PngMimeType),
            Options("test://static-binary", "static-binary", "Static Binary Resource", "A static binary resource (image) for testing", TestMedia.PngMimeType));

        yield return McpServerResource.Create(
            (RequestContext<ReadResourceRequestParams> context, string id) => new TextResourceContents
            {
                Uri = context.Params?.Uri ?? $"test://template/{id}/data",
                MimeType = "application/json",
                Text = JsonSerializer.Serialize(new TemplateData(id, TemplateTest: true, $"Data for ID: {id}"), FixtureJson.Default.TemplateData),
            },
            Options("test://template/{id}/data", "template", "Resource Template", "A resource template with parameter substitution", "application/json"));

        yield return McpServerResource.Create(
            () => new TextResourceContents { Uri = WatchedUri, MimeType = "text/plain", Text = "Watched resource content" },
            Options(WatchedUri, "watched-resource", "Watched Resource", "A resource clients can subscribe to", "text/plain"));
    }

    private static McpServerResourceCreateOptions Options(string uri, string name, string title, string description, string mimeType) => new()
    {
        UriTemplate = uri,
        Name = name,
        Title = title,
        Description = description,
        MimeType = mimeType,
    };
}
