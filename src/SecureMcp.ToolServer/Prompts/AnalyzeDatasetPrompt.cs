using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace SecureMcp.ToolServer.Prompts;

/// <summary><c>analyze_dataset</c>: asks the model to run the process, analyse, visualise and report workflow on a sandbox file.</summary>
internal sealed class AnalyzeDatasetPrompt : McpServerPrompt
{
    private readonly Prompt _prompt = new()
    {
        Name = "analyze_dataset",
        Title = "Analyze a dataset",
        Description = "Guides a full analysis of a CSV or JSON file in the sandbox: clean, describe, chart and report.",
        Arguments =
        [
            new PromptArgument { Name = "path", Title = "File path", Description = "Path of the data file relative to the sandbox.", Required = true },
            new PromptArgument { Name = "focus", Title = "Focus", Description = "Optional question or columns to focus on.", Required = false },
        ],
    };

    public override Prompt ProtocolPrompt => _prompt;

    public override IReadOnlyList<object> Metadata => [];

    public override ValueTask<GetPromptResult> GetAsync(RequestContext<GetPromptRequestParams> request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var arguments = request.Params?.Arguments;
        return ValueTask.FromResult(Build(Argument(arguments, "path"), Argument(arguments, "focus")));
    }

    internal static GetPromptResult Build(string? path, string? focus)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new McpProtocolException("Prompt 'analyze_dataset' needs the argument 'path'.", McpErrorCode.InvalidParams);
        }

        var focusLine = string.IsNullOrWhiteSpace(focus) ? string.Empty : $"\nFocus on: {focus.Trim()}";
        var text = $"""
            Analyze the dataset in the sandbox file `{path.Trim()}`.{focusLine}

            1. Read it with `file_store` (action read).
            2. Clean it with `data_processor` (csv or rows), keeping the column types it reports.
            3. Describe it with `analyzer`; note strong correlations (|r| >= 0.7).
            4. If a category column exists, summarise with `aggregator` and chart with `visualizer`.
            5. Write a Markdown report with `reporter` from the results above, and save it with `file_store` as `reports/<name>.md`.
            """;
        return new GetPromptResult
        {
            Description = $"Analysis of {path.Trim()}",
            Messages = [new PromptMessage { Role = Role.User, Content = new TextContentBlock { Text = text } }],
        };
    }

    private static string? Argument(IDictionary<string, System.Text.Json.JsonElement>? arguments, string name) =>
        arguments is not null && arguments.TryGetValue(name, out var value) && value.ValueKind == System.Text.Json.JsonValueKind.String
            ? value.GetString()
            : null;
}
