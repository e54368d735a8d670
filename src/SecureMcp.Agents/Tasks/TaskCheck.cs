using System.Text.Json.Nodes;

namespace SecureMcp.Agents.Tasks;

/// <summary>A validation check on a step's structured result.</summary>
/// <param name="Step">The step whose result is checked.</param>
/// <param name="Path">Dot path into the result (<c>columns.0.mean</c>); empty for the whole result.</param>
/// <param name="Kind">The assertion.</param>
/// <param name="Value">The expected value, for kinds that need one.</param>
public sealed record TaskCheck(string Step, string Path, CheckKind Kind, JsonNode? Value);
