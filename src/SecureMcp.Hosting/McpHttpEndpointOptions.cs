namespace SecureMcp.Hosting;

/// <summary>Settings of the Streamable HTTP endpoint.</summary>
public sealed record McpHttpEndpointOptions
{
    /// <summary>The path the endpoint serves (POST, GET, DELETE).</summary>
    public string Path { get; init; } = "/mcp";

    /// <summary>Largest accepted request body; larger ones get 413 before they are parsed.</summary>
    public long MaxRequestBodyBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Sessions idle for longer than this are closed.</summary>
    public TimeSpan IdleSessionTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Upper bound on concurrently open sessions; new ones beyond it get 503.</summary>
    public int MaxSessions { get; init; } = 10_000;

    /// <summary>Host header values accepted (DNS-rebinding defence). Empty means loopback names only.</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    /// <summary>Origin header values accepted when a browser sends one. Empty means loopback origins only.</summary>
    public IReadOnlyList<string> AllowedOrigins { get; init; } = [];

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate(string prefix = "http")
    {
        if (string.IsNullOrWhiteSpace(Path) || !Path.StartsWith('/'))
        {
            throw new ArgumentException($"{prefix}.path must start with '/' (got '{Path}').");
        }

        if (MaxRequestBodyBytes is < 1024 or > 1024L * 1024 * 1024)
        {
            throw new ArgumentException($"{prefix}.maxRequestBodyBytes must be between 1024 and 1073741824 (got {MaxRequestBodyBytes}).");
        }

        if (IdleSessionTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException($"{prefix}.idleSessionTimeout must be positive.");
        }

        if (MaxSessions < 1)
        {
            throw new ArgumentException($"{prefix}.maxSessions must be at least 1 (got {MaxSessions}).");
        }
    }
}
