using System.Text.Json;
using System.Text.RegularExpressions;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using SecureMcp.ToolServer.Sandbox;

namespace SecureMcp.ToolServer.Tools;

/// <summary>
/// A hand-written MCP tool with an exact JSON input schema. It checks the arguments against the schema's
/// <c>properties</c> and <c>required</c> lists and turns every input problem into an error result.
/// </summary>
internal abstract class ToolBase : McpServerTool
{
    private readonly Tool _tool;
    private readonly string[] _known;
    private readonly string[] _required;

    protected ToolBase(string name, string title, string description, string inputSchema, ToolAnnotations annotations)
    {
        using var schema = JsonDocument.Parse(inputSchema);
        var root = schema.RootElement.Clone();
        _known = root.TryGetProperty("properties", out var props) ? props.EnumerateObject().Select(p => p.Name).ToArray() : [];
        _required = root.TryGetProperty("required", out var req) ? req.EnumerateArray().Select(r => r.GetString()!).ToArray() : [];
        annotations.Title = title;
        _tool = new Tool { Name = name, Title = title, Description = description, InputSchema = root, Annotations = annotations };
    }

    public override Tool ProtocolTool => _tool;

    public override IReadOnlyList<object> Metadata => [];

    public override ValueTask<CallToolResult> InvokeAsync(RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ValueTask.FromResult(Execute(request.Params?.Arguments, cancellationToken));
    }

    /// <summary>Runs the tool on raw arguments; input errors become <c>isError</c> results, never exceptions.</summary>
    public CallToolResult Execute(IDictionary<string, JsonElement>? arguments, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            var args = new ToolArguments(arguments is null
                ? new Dictionary<string, JsonElement>()
                : new Dictionary<string, JsonElement>(arguments, StringComparer.Ordinal));
            args.EnsureOnly(_known);
            foreach (var name in _required.Where(n => !args.Has(n)))
            {
                throw new ToolInputException($"Argument '{name}' is required.");
            }

            return Run(args, cancellationToken);
        }
        catch (ToolInputException e)
        {
            return ToolResults.Error(e.Message);
        }
        catch (SandboxViolationException e)
        {
            return ToolResults.Error($"Refused: {e.Message}");
        }
        catch (FormatException e)
        {
            return ToolResults.Error(e.Message);
        }
        catch (JsonException e)
        {
            return ToolResults.Error($"Invalid JSON: {e.Message}");
        }
        catch (RegexMatchTimeoutException)
        {
            return ToolResults.Error("A regular expression took too long to evaluate.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ToolResults.Error($"File operation failed: {e.Message}");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A tool answers with an error result rather than fault the session.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return ToolResults.Error($"Tool '{_tool.Name}' failed: {e.Message}");
        }
    }

    protected abstract CallToolResult Run(ToolArguments args, CancellationToken cancellationToken);

    protected static ToolAnnotations PureComputation() => new()
    {
        ReadOnlyHint = true,
        DestructiveHint = false,
        IdempotentHint = true,
        OpenWorldHint = false,
    };
}
