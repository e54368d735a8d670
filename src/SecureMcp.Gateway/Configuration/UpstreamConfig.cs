namespace SecureMcp.Gateway.Configuration;

/// <summary>One upstream MCP server, validated.</summary>
public sealed record UpstreamConfig
{
    /// <summary>The namespace prefix of its tools (<c>name__tool</c>): letters, digits, <c>-</c> and <c>_</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The transport.</summary>
    public required UpstreamTransportKind Transport { get; init; }

    /// <summary>For stdio: the command to start.</summary>
    public string? Command { get; init; }

    /// <summary>For stdio: its arguments.</summary>
    public IReadOnlyList<string> Args { get; init; } = [];

    /// <summary>For stdio: extra environment variables.</summary>
    public IReadOnlyDictionary<string, string> Env { get; init; } = new Dictionary<string, string>();

    /// <summary>For stdio: the working directory.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>For http: the endpoint URL.</summary>
    public Uri? Url { get; init; }

    /// <summary>For http: headers sent on every request (for example an upstream API key).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Pins the protocol revision spoken to this upstream; null lets the SDK negotiate.</summary>
    public string? ProtocolVersion { get; init; }

    /// <summary>Longest time one forwarded call may take.</summary>
    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// When false, tools and prompts keep the upstream's own names (no <c>server__</c> prefix). A name that clashes
    /// with one already offered is then skipped and logged. For single-upstream setups and conformance testing.
    /// </summary>
    public bool PrefixNames { get; init; } = true;

    /// <summary>Longest time connecting (and the handshake) may take.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
