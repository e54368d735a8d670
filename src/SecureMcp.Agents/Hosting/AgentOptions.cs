using SecureMcp.Agents.Behavior;

namespace SecureMcp.Agents.Hosting;

/// <summary>Who an agent is and where it works.</summary>
public sealed record AgentOptions
{
    /// <summary>The agent's id; also the principal its API key authenticates as at the gateway.</summary>
    public required string Id { get; init; }

    /// <summary>The gateway's MCP endpoint.</summary>
    public required Uri GatewayUrl { get; init; }

    /// <summary>The agent's API key for the gateway.</summary>
    public required string ApiKey { get; init; }

    /// <summary>Capabilities the agent declares.</summary>
    public IReadOnlyList<string> Capabilities { get; init; } = [];

    /// <summary>Configured behaviour (honest unless evaluating).</summary>
    public AgentBehavior Behavior { get; init; } = AgentBehavior.Honest;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Id))
        {
            throw new ArgumentException("agent.id is required");
        }

        if (!GatewayUrl.IsAbsoluteUri || (GatewayUrl.Scheme != "http" && GatewayUrl.Scheme != "https"))
        {
            throw new ArgumentException($"agent.gateway must be an http or https URL (got '{GatewayUrl}')");
        }

        if (string.IsNullOrWhiteSpace(ApiKey))
        {
            throw new ArgumentException("agent.key is required (pass the name of an environment variable holding it)");
        }
    }
}
