using SecureMcp.Core.Events;
using SecureMcp.Core.Inspection;
using SecureMcp.Inspection.Findings;
using SecureMcp.Inspection.Pinning;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SecureMcp.Inspection.Policy;

/// <summary>Reads <see cref="InspectionPolicy"/> from YAML (snake_case keys, as in <c>config/inspection.yaml</c>).</summary>
public static class InspectionPolicyLoader
{
    private static readonly string[] PiiKinds = ["email", "phone", "credit-card", "iban"];

    /// <summary>Parses and validates YAML text. Missing keys keep the defaults; unknown keys and bad values are errors.</summary>
    /// <exception cref="InspectionConfigurationException">The message names the offending key.</exception>
    public static InspectionPolicy FromYaml(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        InspectionPolicyDocument? doc;
        try
        {
            doc = deserializer.Deserialize<InspectionPolicyDocument?>(yaml);
        }
        catch (YamlException ex)
        {
            throw new InspectionConfigurationException($"inspection.yaml line {ex.Start.Line}: {ex.InnerException?.Message ?? ex.Message}", ex);
        }

        return doc is null ? InspectionPolicy.Default : Map(doc);
    }

    /// <summary>Reads, parses and validates a YAML file.</summary>
    public static InspectionPolicy FromFile(string path) => FromYaml(File.ReadAllText(path));

    private static InspectionPolicy Map(InspectionPolicyDocument doc)
    {
        var defaults = InspectionPolicy.Default;
        var pinning = defaults.Pinning;
        if (doc.Pinning is { } p)
        {
            if (p.CacheSeconds is < 0 or > 3600)
            {
                throw new InspectionConfigurationException($"inspection.pinning.cache_seconds must be between 0 and 3600 (got {p.CacheSeconds}).");
            }

            pinning = new PinningOptions
            {
                TrustOnFirstUse = p.TrustOnFirstUse ?? pinning.TrustOnFirstUse,
                BlockChanged = p.BlockChanged ?? pinning.BlockChanged,
                BlockPending = p.BlockPending ?? pinning.BlockPending,
                CacheTtl = p.CacheSeconds is { } s ? TimeSpan.FromSeconds(s) : pinning.CacheTtl,
            };
        }

        var detectors = new Dictionary<string, DetectorRule>(defaults.Detectors, StringComparer.Ordinal);
        foreach (var (id, section) in doc.Detectors ?? [])
        {
            if (!DetectorIds.All.Contains(id))
            {
                throw new InspectionConfigurationException($"inspection.detectors.{id}: unknown detector (known: {string.Join(", ", DetectorIds.All)}).");
            }

            detectors[id] = Rule(section, detectors[id], $"inspection.detectors.{id}");
        }

        return defaults with
        {
            Pinning = pinning,
            HideBlockedTools = doc.Tools?.HideBlocked ?? defaults.HideBlockedTools,
            ServerRiskFloors = Floors(doc.Risk?.ServerFloors),
            Arguments = Arguments(doc.Arguments, defaults.Arguments),
            Results = Results(doc.Results, defaults.Results),
            DefaultRule = doc.Defaults is null ? defaults.DefaultRule : Rule(doc.Defaults, defaults.DefaultRule, "inspection.defaults"),
            Detectors = detectors,
        };
    }

    private static DetectorRule Rule(InspectionPolicyDocument.RuleSection section, DetectorRule fallback, string key) => new(
        section.BlockAt is null ? fallback.BlockAt : Severity(section.BlockAt, key + ".block_at"),
        section.RedactAt is null ? fallback.RedactAt : Severity(section.RedactAt, key + ".redact_at"),
        section.FlagAt is null ? fallback.FlagAt : Severity(section.FlagAt, key + ".flag_at"));

    private static SecuritySeverity? Severity(string value, string key) => value.Trim().ToLowerInvariant() switch
    {
        "never" or "off" => null,
        "info" => SecuritySeverity.Info,
        "low" => SecuritySeverity.Low,
        "medium" => SecuritySeverity.Medium,
        "high" => SecuritySeverity.High,
        "critical" => SecuritySeverity.Critical,
        _ => throw new InspectionConfigurationException($"{key}: '{value}' is not one of info, low, medium, high, critical, never."),
    };

    private static Dictionary<string, RiskLevel> Floors(Dictionary<string, string>? floors)
    {
        var result = new Dictionary<string, RiskLevel>(StringComparer.Ordinal);
        foreach (var (server, level) in floors ?? [])
        {
            if (!Enum.TryParse<RiskLevel>(level, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                throw new InspectionConfigurationException($"inspection.risk.server_floors.{server}: '{level}' is not one of low, medium, high, critical.");
            }

            result[server] = parsed;
        }

        return result;
    }

    private static ArgumentOptions Arguments(InspectionPolicyDocument.ArgumentsSection? a, ArgumentOptions d)
    {
        if (a is null)
        {
            return d;
        }

        Positive(a.MaxBytes, "inspection.arguments.max_bytes");
        Positive(a.MaxDepth, "inspection.arguments.max_depth");
        Positive(a.MaxStringLength, "inspection.arguments.max_string_length");
        Positive(a.MaxNodes, "inspection.arguments.max_nodes");
        Positive(a.DnsTimeoutMs, "inspection.arguments.dns_timeout_ms");
        foreach (var root in a.AllowedRoots ?? [])
        {
            if (!Path.IsPathRooted(root) || root.Contains("..", StringComparison.Ordinal))
            {
                throw new InspectionConfigurationException($"inspection.arguments.allowed_roots: '{root}' must be an absolute path without '..'.");
            }
        }

        return d with
        {
            AllowedRoots = a.AllowedRoots ?? d.AllowedRoots,
            MaxBytes = a.MaxBytes ?? d.MaxBytes,
            MaxDepth = a.MaxDepth ?? d.MaxDepth,
            MaxStringLength = a.MaxStringLength ?? d.MaxStringLength,
            MaxNodes = a.MaxNodes ?? d.MaxNodes,
            ResolveDns = a.ResolveDns ?? d.ResolveDns,
            DnsTimeout = a.DnsTimeoutMs is { } ms ? TimeSpan.FromMilliseconds(ms) : d.DnsTimeout,
            AllowedHosts = a.AllowedHosts ?? d.AllowedHosts,
        };
    }

    private static ResultOptions Results(InspectionPolicyDocument.ResultsSection? r, ResultOptions d)
    {
        if (r is null)
        {
            return d;
        }

        Positive(r.MaxScanChars, "inspection.results.max_scan_chars");
        Positive(r.EntropyMinLength, "inspection.results.entropy_min_length");
        if (r.EntropyThreshold is <= 0 or > 8)
        {
            throw new InspectionConfigurationException($"inspection.results.entropy_threshold must be in (0, 8] bits per character (got {r.EntropyThreshold}).");
        }

        foreach (var kind in r.Pii ?? [])
        {
            if (!PiiKinds.Contains(kind))
            {
                throw new InspectionConfigurationException($"inspection.results.pii: '{kind}' is not one of {string.Join(", ", PiiKinds)}.");
            }
        }

        return d with
        {
            MaxScanChars = r.MaxScanChars ?? d.MaxScanChars,
            EntropyThreshold = r.EntropyThreshold ?? d.EntropyThreshold,
            EntropyMinLength = r.EntropyMinLength ?? d.EntropyMinLength,
            PiiKinds = r.Pii ?? d.PiiKinds,
        };
    }

    private static void Positive(int? value, string key)
    {
        if (value is <= 0)
        {
            throw new InspectionConfigurationException($"{key} must be a positive number (got {value}).");
        }
    }
}
