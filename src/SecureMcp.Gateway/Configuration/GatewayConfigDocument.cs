namespace SecureMcp.Gateway.Configuration;

/// <summary>The YAML shape of the configuration, before validation. Unknown keys are refused by the loader.</summary>
internal sealed class GatewayConfigDocument
{
    public string? Listen { get; set; }

    public string? AuditPath { get; set; }

    public string? PolicyPath { get; set; }

    public string? InspectionPath { get; set; }

    public int? MaxArgumentBytes { get; set; }

    public double? HealthIntervalSeconds { get; set; }

    public HttpSection? Http { get; set; }

    public StdioSection? Stdio { get; set; }

    public RestartSection? Restart { get; set; }

    public List<ApiKeySection>? ApiKeys { get; set; }

    public List<UpstreamSection>? Upstreams { get; set; }

    public IdentitySection? Identity { get; set; }

    internal sealed class IdentitySection
    {
        public string? CaDirectory { get; set; }

        public string? ClientCertificates { get; set; }

        public bool? Tokens { get; set; }

        public string? PassphraseVariable { get; set; }

        public OperatorsSection? Operators { get; set; }
    }

    internal sealed class OperatorsSection
    {
        public string? Database { get; set; }

        public double? SessionMinutes { get; set; }

        public int? MaxSessions { get; set; }

        public int? MaxFailures { get; set; }

        public double? LockoutMinutes { get; set; }

        public int? TotpWindow { get; set; }

        public int? MaxConcurrentSignIns { get; set; }

        public int? MaxFailuresPerAddress { get; set; }

        public double? AddressWindowMinutes { get; set; }
    }

    internal sealed class HttpSection
    {
        public string? Path { get; set; }

        public long? MaxRequestBodyBytes { get; set; }

        public double? IdleSessionTimeoutSeconds { get; set; }

        public int? MaxSessions { get; set; }

        public List<string>? AllowedHosts { get; set; }

        public List<string>? AllowedOrigins { get; set; }

        public string? AnonymousPrincipal { get; set; }
    }

    internal sealed class StdioSection
    {
        public string? Principal { get; set; }

        public List<string>? Roles { get; set; }
    }

    internal sealed class RestartSection
    {
        public double? InitialDelayMs { get; set; }

        public double? MaxDelayMs { get; set; }
    }

    internal sealed class ApiKeySection
    {
        public string? Principal { get; set; }

        public string? Sha256 { get; set; }

        public List<string>? Roles { get; set; }
    }

    internal sealed class UpstreamSection
    {
        public string? Name { get; set; }

        public string? Transport { get; set; }

        public string? Command { get; set; }

        public List<string>? Args { get; set; }

        public Dictionary<string, string>? Env { get; set; }

        public string? WorkingDirectory { get; set; }

        public string? Url { get; set; }

        public Dictionary<string, string>? Headers { get; set; }

        public string? ProtocolVersion { get; set; }

        public double? CallTimeoutSeconds { get; set; }

        public double? ConnectTimeoutSeconds { get; set; }

        public bool? PrefixNames { get; set; }
    }
}
