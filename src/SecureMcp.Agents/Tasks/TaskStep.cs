using System.Text.Json.Nodes;

namespace SecureMcp.Agents.Tasks;

/// <summary>One tool call of a task plan.</summary>
/// <param name="Id">Step id, referenced by later steps as <c>${id.path}</c>.</param>
/// <param name="Tool">The namespaced tool to call through the gateway.</param>
/// <param name="Arguments">Argument template; strings of the form <c>${step.path}</c> are replaced by earlier results.</param>
public sealed record TaskStep(string Id, string Tool, JsonObject Arguments);
