using System.Text;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using SecureMcp.ToolServer.Sandbox;

namespace SecureMcp.ToolServer.Resources;

/// <summary>
/// The template <c>toolserver://sandbox/{path}</c>: one sandbox file, as text when it is UTF-8 and as a blob otherwise.
/// The path may span folders; it passes through the same checks as <c>file_store</c>.
/// </summary>
internal sealed class SandboxFileResource(SandboxFileStore store) : McpServerResource
{
    public const string Prefix = "toolserver://sandbox/";

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    private readonly ResourceTemplate _template = new()
    {
        UriTemplate = Prefix + "{path}",
        Name = "sandbox_file",
        Title = "Sandbox file",
        Description = "A file in the tool server's sandbox folder; path is relative to the sandbox and may contain '/'.",
    };

    public override ResourceTemplate ProtocolResourceTemplate => _template;

    public override IReadOnlyList<object> Metadata => [];

    public override bool IsMatch(string uri) =>
        uri is not null && uri.StartsWith(Prefix, StringComparison.Ordinal) && uri.Length > Prefix.Length;

    public override ValueTask<ReadResourceResult> ReadAsync(RequestContext<ReadResourceRequestParams> request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var uri = request.Params?.Uri ?? string.Empty;
        return ValueTask.FromResult(Read(uri));
    }

    internal ReadResourceResult Read(string uri)
    {
        if (!IsMatch(uri))
        {
            throw new McpProtocolException($"Not a sandbox file URI: '{uri}'.", McpErrorCode.InvalidParams);
        }

        byte[] bytes;
        try
        {
            bytes = store.Read(Uri.UnescapeDataString(uri[Prefix.Length..]));
        }
        catch (Exception e) when (e is SandboxViolationException or IOException or UnauthorizedAccessException)
        {
            throw new McpProtocolException($"Cannot read '{uri}': {e.Message}", e, McpErrorCode.ResourceNotFound);
        }

        ResourceContents contents;
        try
        {
            contents = new TextResourceContents { Uri = uri, MimeType = "text/plain", Text = StrictUtf8.GetString(bytes) };
        }
        catch (DecoderFallbackException)
        {
            contents = BlobResourceContents.FromBytes(bytes, uri, "application/octet-stream");
        }

        return new ReadResourceResult { Contents = [contents] };
    }
}
