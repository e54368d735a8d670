using System.Globalization;
using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using SecureMcp.ToolServer.Sandbox;

namespace SecureMcp.ToolServer.Resources;

/// <summary><c>toolserver://sandbox</c>: a JSON listing of every file in the sandbox.</summary>
internal sealed class SandboxIndexResource(SandboxFileStore store) : McpServerResource
{
    public const string Uri = "toolserver://sandbox";

    private readonly ResourceTemplate _template = new()
    {
        UriTemplate = Uri,
        Name = "sandbox",
        Title = "Sandbox files",
        Description = "JSON list of the files in the tool server's sandbox folder (path, kind, size).",
        MimeType = "application/json",
    };

    public override ResourceTemplate ProtocolResourceTemplate => _template;

    public override IReadOnlyList<object> Metadata => [];

    public override bool IsMatch(string uri) => string.Equals(uri, Uri, StringComparison.Ordinal);

    public override ValueTask<ReadResourceResult> ReadAsync(RequestContext<ReadResourceRequestParams> request, CancellationToken cancellationToken)
    {
        var entries = new JsonArray(store.List(string.Empty, recursive: true).Select(e => (JsonNode?)new JsonObject
        {
            ["path"] = e.Path,
            ["kind"] = e.Kind,
            ["size"] = e.Size,
            ["uri"] = SandboxFileResource.Prefix + e.Path,
            ["modified"] = e.Modified.ToString("O", CultureInfo.InvariantCulture),
        }).ToArray());
        return ValueTask.FromResult(new ReadResourceResult
        {
            Contents = [new TextResourceContents { Uri = Uri, MimeType = "application/json", Text = new JsonObject { ["entries"] = entries }.ToJsonString() }],
        });
    }
}
