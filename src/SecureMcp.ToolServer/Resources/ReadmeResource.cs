using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace SecureMcp.ToolServer.Resources;

/// <summary><c>toolserver://readme</c>: what the server offers and how its sandbox works, as Markdown.</summary>
internal sealed class ReadmeResource(long maxFileBytes) : McpServerResource
{
    public const string Uri = "toolserver://readme";

    private readonly ResourceTemplate _template = new()
    {
        UriTemplate = Uri,
        Name = "readme",
        Title = "Tool server readme",
        Description = "What the SecureMcp sample tool server offers and how its sandbox works.",
        MimeType = "text/markdown",
    };

    public override ResourceTemplate ProtocolResourceTemplate => _template;

    public override IReadOnlyList<object> Metadata => [];

    public override bool IsMatch(string uri) => string.Equals(uri, Uri, StringComparison.Ordinal);

    public override ValueTask<ReadResourceResult> ReadAsync(RequestContext<ReadResourceRequestParams> request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new ReadResourceResult
        {
            Contents = [new TextResourceContents { Uri = Uri, MimeType = "text/markdown", Text = Text() }],
        });

    internal string Text() => $"""
        # SecureMcp tool server

        Eight tools that work on the data they receive:

        - `data_processor`: clean and normalise a CSV or JSON table.
        - `analyzer`: descriptive statistics and Pearson correlations.
        - `validator`: check records against rules.
        - `transformer`: join, filter, compute, rename, select, sort, limit.
        - `aggregator`: group-by with sum, mean, count, min, max.
        - `visualizer`: bar or line chart as SVG and PNG.
        - `reporter`: Markdown report from prior results.
        - `file_store`: files inside the sandbox folder.

        ## Sandbox

        `file_store` and the `toolserver://sandbox/{"{path}"}` resources see one folder only. Paths are relative and use `/`.
        Absolute paths, `..`, encoded forms and links leading outside are refused. Files are limited to {maxFileBytes} bytes.
        `toolserver://sandbox` lists the files.
        """;
}
