using SecureMcp.Hosting;

namespace SecureMcp.Gateway.Configuration;

/// <summary>The whole gateway configuration, validated and immutable.</summary>
public sealed record GatewayConfig
{
    /// <summary>The URL Kestrel listens on (for HTTP mode).</summary>
    public string Listen { get; init; } = "http://127.0.0.1:8080";

    /// <summary>Streamable HTTP endpoint settings.</summary>
    public McpHttpEndpointOptions Http { get; init; } = new();

    /// <summary>The SQLite file of the audit chain.</summary>
    public string AuditPath { get; init; } = "securemcp-audit.db";

    /// <summary>
    /// When set, HTTP requests that present no credentials run as this principal (wrong credentials are still refused).
    /// Only allowed when <see cref="Listen"/> is a loopback address. For local testing such as the conformance suite.
    /// </summary>
    public string? AnonymousPrincipal { get; init; }

    /// <summary>
    /// The authorization policy file (see docs/policy.md), watched and reloaded on change. Null: no authorization
    /// stage, so every authenticated principal may call every tool (the start-up log and audit say so).
    /// </summary>
    public string? PolicyPath { get; init; }

    /// <summary>Tool verification and threat detection settings (see docs/inspection.md); null: the built-in defaults.</summary>
    public string? InspectionPath { get; init; }

    /// <summary>Certificates and tokens (see docs/identity.md); null: API keys only, over plain HTTP.</summary>
    public IdentityConfig? Identity { get; init; }

    /// <summary>The principal a stdio client runs as (the local user who launched the gateway).</summary>
    public string StdioPrincipal { get; init; } = "local";

    /// <summary>Roles of the stdio principal.</summary>
    public IReadOnlyList<string> StdioRoles { get; init; } = ["operator"];

    /// <summary>API keys accepted.</summary>
    public IReadOnlyList<ApiKeyConfig> ApiKeys { get; init; } = [];

    /// <summary>Upstream servers.</summary>
    public IReadOnlyList<UpstreamConfig> Upstreams { get; init; } = [];

    /// <summary>Largest serialized tool-call argument object accepted, in bytes.</summary>
    public int MaxArgumentBytes { get; init; } = 1024 * 1024;

    /// <summary>First delay before restarting a failed upstream; doubles up to <see cref="RestartMaxDelay"/>.</summary>
    public TimeSpan RestartInitialDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Largest delay between restarts of a failed upstream.</summary>
    public TimeSpan RestartMaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often healthy upstreams are pinged.</summary>
    public TimeSpan HealthInterval { get; init; } = TimeSpan.FromSeconds(10);
}
