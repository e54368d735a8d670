namespace SecureMcp.Inspection.Policy;

/// <summary>The YAML shape of <c>inspection.yaml</c> (snake_case keys); mapped to <see cref="InspectionPolicy"/> after validation.</summary>
internal sealed class InspectionPolicyDocument
{
    public PinningSection? Pinning { get; set; }

    public ToolsSection? Tools { get; set; }

    public RiskSection? Risk { get; set; }

    public ArgumentsSection? Arguments { get; set; }

    public ResultsSection? Results { get; set; }

    public RuleSection? Defaults { get; set; }

    public Dictionary<string, RuleSection>? Detectors { get; set; }

    internal sealed class PinningSection
    {
        public bool? TrustOnFirstUse { get; set; }

        public bool? BlockChanged { get; set; }

        public bool? BlockPending { get; set; }

        public double? CacheSeconds { get; set; }
    }

    internal sealed class ToolsSection
    {
        public bool? HideBlocked { get; set; }
    }

    internal sealed class RiskSection
    {
        public Dictionary<string, string>? ServerFloors { get; set; }
    }

    internal sealed class ArgumentsSection
    {
        public List<string>? AllowedRoots { get; set; }

        public int? MaxBytes { get; set; }

        public int? MaxDepth { get; set; }

        public int? MaxStringLength { get; set; }

        public int? MaxNodes { get; set; }

        public bool? ResolveDns { get; set; }

        public int? DnsTimeoutMs { get; set; }

        public List<string>? AllowedHosts { get; set; }
    }

    internal sealed class ResultsSection
    {
        public int? MaxScanChars { get; set; }

        public double? EntropyThreshold { get; set; }

        public int? EntropyMinLength { get; set; }

        public List<string>? Pii { get; set; }
    }

    internal sealed class RuleSection
    {
        public string? BlockAt { get; set; }

        public string? RedactAt { get; set; }

        public string? FlagAt { get; set; }
    }
}
