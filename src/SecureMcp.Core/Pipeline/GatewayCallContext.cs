using System.Text.Json;
using SecureMcp.Core.Identity;

namespace SecureMcp.Core.Pipeline;

/// <summary>Everything the security stages know about one call while it passes through the gateway.</summary>
/// <remarks>
/// Stages read the request facts and append <see cref="Decisions"/>. The upstream result is available to a stage
/// after it awaited the next stage. <see cref="Items"/> lets stages share data without new fields here.
/// </remarks>
public sealed class GatewayCallContext
{
    /// <summary>Creates a context for one call.</summary>
    public GatewayCallContext(McpOperation operation, string? target, Principal? principal, long startTimestamp)
    {
        Operation = operation;
        Target = target;
        Principal = principal;
        StartTimestamp = startTimestamp;
    }

    /// <summary>The operation requested.</summary>
    public McpOperation Operation { get; }

    /// <summary>The namespaced tool or prompt name, or the resource URI; null for list operations.</summary>
    public string? Target { get; }

    /// <summary>The caller; null only if authentication did not run, which the authenticate stage refuses.</summary>
    public Principal? Principal { get; }

    /// <summary>The upstream server that owns <see cref="Target"/>, once resolved.</summary>
    public string? Server { get; set; }

    /// <summary>The tool, prompt or resource name as the upstream knows it, once resolved.</summary>
    public string? UpstreamName { get; set; }

    /// <summary>The call arguments, for tool calls and prompt gets.</summary>
    public JsonElement? Arguments { get; init; }

    /// <summary>The downstream session id, when the transport has sessions.</summary>
    public string? SessionId { get; init; }

    /// <summary>The downstream transport (<c>http</c> or <c>stdio</c>).</summary>
    public string Transport { get; init; } = "http";

    /// <summary>The protocol revision the downstream client speaks, when known.</summary>
    public string? ProtocolVersion { get; init; }

    /// <summary><see cref="System.Diagnostics.Stopwatch"/> timestamp taken when the call entered the gateway.</summary>
    public long StartTimestamp { get; }

    /// <summary>The decisions made so far, in order. Every denial is here with its reason.</summary>
    public List<StageDecision> Decisions { get; } = [];

    /// <summary>Per-call data shared between stages.</summary>
    public Dictionary<string, object?> Items { get; } = new(StringComparer.Ordinal);
}
