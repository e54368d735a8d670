using System.Net;
using System.Text.Json;

namespace SecureMcp.Agents.Messaging;

/// <summary>Reads a messaging tool's arguments; each problem is an <see cref="ArgumentException"/> that names the argument.</summary>
internal sealed class ToolInput(IDictionary<string, JsonElement>? arguments)
{
    public string RequiredString(string name) =>
        OptionalString(name) ?? throw new ArgumentException($"argument '{name}' (a non-empty string) is required");

    public string? OptionalString(string name)
    {
        if (arguments is null || !arguments.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw new ArgumentException($"argument '{name}' must be a non-empty string");
    }

    /// <summary>A list of <c>{ "agent": id, "endpoint": "IP:port" }</c>.</summary>
    public IReadOnlyList<PeerAddress> Addresses(string name)
    {
        if (arguments is null || !arguments.TryGetValue(name, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            throw new ArgumentException($"argument '{name}' (a list of {{agent, endpoint}}) is required");
        }

        return [.. value.EnumerateArray().Select((element, i) => Address(element, $"{name}[{i}]"))];
    }

    /// <summary>One <c>{ "agent": id, "endpoint": "IP:port" }</c>.</summary>
    public PeerAddress Address(string name) =>
        arguments is not null && arguments.TryGetValue(name, out var value)
            ? Address(value, name)
            : throw new ArgumentException($"argument '{name}' ({{agent, endpoint}}) is required");

    private static PeerAddress Address(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException($"{path} must be an object with 'agent' and 'endpoint'");
        }

        var agent = element.TryGetProperty("agent", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null;
        var endpoint = element.TryGetProperty("endpoint", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
        if (string.IsNullOrWhiteSpace(agent))
        {
            throw new ArgumentException($"{path}.agent (the recipient's agent id) is required");
        }

        return IPEndPoint.TryParse(endpoint ?? "", out var parsed) && parsed.Port != 0
            ? new PeerAddress(agent, parsed)
            : throw new ArgumentException($"{path}.endpoint must be IP:port as announced by the agent's peer_info (got '{endpoint}')");
    }
}
