using System.Text.Json;
using ModelContextProtocol.Protocol;
using SecureMcp.Core.Json;
using SecureMcp.Core.Pipeline;
using SecureMcp.Gateway.Federation;

namespace SecureMcp.Gateway.Pipeline;

/// <summary>Refuses tool calls to unknown tools, oversized or too deeply nested arguments, and arguments that break the tool's input schema.</summary>
internal sealed class ArgumentValidationStage(FederatedCatalog catalog, int maxArgumentBytes) : ISecurityStage
{
    /// <summary>Deepest nesting accepted in arguments.</summary>
    public const int MaxDepth = 32;

    public string Name => "validate-arguments";

    public ValueTask<Result> InvokeAsync(GatewayCallContext context, GatewayCallHandler next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.Operation != McpOperation.CallTool)
        {
            return next(context, cancellationToken);
        }

        var tool = catalog.FindTool(context.Target ?? "")
            ?? throw new CallDeniedException(Name, $"Unknown tool: '{context.Target}'", ErrorCodes.InvalidParams);
        context.Server = tool.Upstream.Name;
        context.UpstreamName = tool.UpstreamName;

        var arguments = context.Arguments ?? EmptyObject;
        var size = JsonSerializer.SerializeToUtf8Bytes(arguments).Length;
        if (size > maxArgumentBytes)
        {
            throw new CallDeniedException(Name, $"Invalid arguments: {size} bytes exceeds the limit of {maxArgumentBytes}", ErrorCodes.InvalidParams);
        }

        if (Depth(arguments) > MaxDepth)
        {
            throw new CallDeniedException(Name, $"Invalid arguments: nested deeper than {MaxDepth} levels", ErrorCodes.InvalidParams);
        }

        var errors = SchemaSubsetValidator.Validate(tool.ProtocolTool.InputSchema, arguments);
        if (errors.Count > 0)
        {
            throw new CallDeniedException(Name, $"Invalid arguments for '{context.Target}': {string.Join("; ", errors)}", ErrorCodes.InvalidParams);
        }

        context.Decisions.Add(new StageDecision(Name, true, "arguments match the input schema"));
        return next(context, cancellationToken);
    }

    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    private static int Depth(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => 1 + element.EnumerateObject().Select(p => Depth(p.Value)).DefaultIfEmpty(0).Max(),
        JsonValueKind.Array => 1 + element.EnumerateArray().Select(Depth).DefaultIfEmpty(0).Max(),
        _ => 0,
    };
}
