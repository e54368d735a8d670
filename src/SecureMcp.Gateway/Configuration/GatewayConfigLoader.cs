using System.Text.RegularExpressions;
using SecureMcp.Hosting;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SecureMcp.Gateway.Configuration;

/// <summary>Reads the gateway YAML and validates it into a <see cref="GatewayConfig"/>.</summary>
/// <remarks>
/// Every problem is reported as a <see cref="GatewayConfigException"/> naming the key path (and the line for YAML
/// errors), so a bad file stops start-up with a message an operator can act on. <c>${NAME}</c> in strings is
/// replaced by the environment variable NAME; a missing one is an error.
/// </remarks>
public static partial class GatewayConfigLoader
{
    /// <summary>Loads and validates a configuration file.</summary>
    public static GatewayConfig LoadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new GatewayConfigException($"config: file '{path}' does not exist");
        }

        return Parse(File.ReadAllText(path), Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".");
    }

    /// <summary>Parses and validates YAML text. Relative paths resolve against <paramref name="baseDirectory"/>.</summary>
    public static GatewayConfig Parse(string yaml, string baseDirectory)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .Build();
        GatewayConfigDocument? document;
        try
        {
            document = deserializer.Deserialize<GatewayConfigDocument>(yaml);
        }
        catch (YamlException ex)
        {
            throw new GatewayConfigException($"config: line {ex.Start.Line}, column {ex.Start.Column}: {Describe(ex)}", ex);
        }

        return Validate(document ?? new GatewayConfigDocument(), baseDirectory);
    }

    private static string Describe(YamlException ex)
    {
        var message = (ex.InnerException?.Message ?? ex.Message).Trim();
        var unknown = UnknownPropertyPattern().Match(message);
        return unknown.Success ? $"unknown key '{unknown.Groups[1].Value}'" : message;
    }

    private static GatewayConfig Validate(GatewayConfigDocument d, string baseDirectory)
    {
        var http = d.Http ?? new GatewayConfigDocument.HttpSection();
        var endpoint = new McpHttpEndpointOptions
        {
            Path = http.Path ?? "/mcp",
            MaxRequestBodyBytes = http.MaxRequestBodyBytes ?? 4 * 1024 * 1024,
            IdleSessionTimeout = Seconds(http.IdleSessionTimeoutSeconds ?? 1800, "http.idleSessionTimeoutSeconds"),
            MaxSessions = http.MaxSessions ?? 10_000,
            AllowedHosts = http.AllowedHosts ?? [],
            AllowedOrigins = http.AllowedOrigins ?? [],
        };
        try
        {
            endpoint.Validate();
        }
        catch (ArgumentException ex)
        {
            throw new GatewayConfigException($"config: {ex.Message}", ex);
        }

        var listen = Expand(d.Listen ?? "http://127.0.0.1:8080", "listen");
        if (!Uri.TryCreate(listen, UriKind.Absolute, out var listenUri) || (listenUri.Scheme != "http" && listenUri.Scheme != "https"))
        {
            throw new GatewayConfigException($"config: listen must be an http or https URL (got '{listen}')");
        }

        string? anonymous = null;
        if (http.AnonymousPrincipal is not null)
        {
            anonymous = RequireName(http.AnonymousPrincipal, "http.anonymousPrincipal");
            if (!listenUri.IsLoopback)
            {
                throw new GatewayConfigException($"config: http.anonymousPrincipal is only allowed when listen is a loopback address (got '{listen}')");
            }
        }

        var maxArgs = d.MaxArgumentBytes ?? 1024 * 1024;
        if (maxArgs < 64)
        {
            throw new GatewayConfigException($"config: maxArgumentBytes must be at least 64 (got {maxArgs})");
        }

        var restart = d.Restart ?? new GatewayConfigDocument.RestartSection();
        var initial = Millis(restart.InitialDelayMs ?? 500, "restart.initialDelayMs");
        var max = Millis(restart.MaxDelayMs ?? 30_000, "restart.maxDelayMs");
        if (max < initial)
        {
            throw new GatewayConfigException("config: restart.maxDelayMs must be at least restart.initialDelayMs");
        }

        var auditPath = Expand(d.AuditPath ?? "securemcp-audit.db", "auditPath");
        return new GatewayConfig
        {
            Listen = listen,
            Http = endpoint,
            AuditPath = Path.IsPathRooted(auditPath) ? auditPath : Path.Combine(baseDirectory, auditPath),
            AnonymousPrincipal = anonymous,
            Identity = d.Identity is null ? null : ValidateIdentity(d.Identity, listenUri, baseDirectory),
            InspectionPath = d.InspectionPath is null ? null : ResolvePolicy(Expand(d.InspectionPath, "inspectionPath"), baseDirectory),
            PolicyPath = d.PolicyPath is null ? null : ResolvePolicy(Expand(d.PolicyPath, "policyPath"), baseDirectory),
            StdioPrincipal = RequireName(d.Stdio?.Principal ?? "local", "stdio.principal"),
            StdioRoles = d.Stdio?.Roles ?? ["operator"],
            ApiKeys = (d.ApiKeys ?? []).Select((k, i) => ValidateKey(k, $"apiKeys[{i}]")).ToList(),
            Upstreams = ValidateUpstreams(d.Upstreams ?? [], baseDirectory),
            MaxArgumentBytes = maxArgs,
            RestartInitialDelay = initial,
            RestartMaxDelay = max,
            HealthInterval = Seconds(d.HealthIntervalSeconds ?? 10, "healthIntervalSeconds"),
        };
    }

    private static IdentityConfig ValidateIdentity(GatewayConfigDocument.IdentitySection s, Uri listen, string baseDirectory)
    {
        var directory = Expand(s.CaDirectory ?? throw Missing("identity.caDirectory"), "identity.caDirectory");
        directory = Path.IsPathRooted(directory) ? directory : Path.Combine(baseDirectory, directory);
        if (!File.Exists(Path.Combine(directory, "root.crt")))
        {
            throw new GatewayConfigException($"config: identity.caDirectory '{directory}' holds no CA (run: securemcp ca init --dir {directory})");
        }

        if (listen.Scheme != "https")
        {
            throw new GatewayConfigException($"config: identity needs an https listen URL (got '{listen}')");
        }

        var mode = (s.ClientCertificates ?? "allow").ToLowerInvariant() switch
        {
            "none" => ClientCertificateMode.None,
            "allow" => ClientCertificateMode.Allow,
            "require" => ClientCertificateMode.Require,
            var other => throw new GatewayConfigException($"config: identity.clientCertificates must be none, allow or require (got '{other}')"),
        };
        return new IdentityConfig(directory, mode, s.Tokens ?? true, s.PassphraseVariable ?? "SECUREMCP_KEYSTORE_PASSPHRASE")
        {
            Operators = s.Operators is null ? null : ValidateOperators(s.Operators, baseDirectory),
        };
    }

    private static string ResolvePolicy(string path, string baseDirectory)
    {
        var full = Path.IsPathRooted(path) ? path : Path.Combine(baseDirectory, path);
        return File.Exists(full) ? full : throw new GatewayConfigException($"config: policyPath '{path}' does not exist");
    }

    private static ApiKeyConfig ValidateKey(GatewayConfigDocument.ApiKeySection k, string path)
    {
        var principal = RequireName(k.Principal, $"{path}.principal");
        var hash = Expand(k.Sha256 ?? throw Missing($"{path}.sha256"), $"{path}.sha256").ToLowerInvariant();
        if (!Sha256Pattern().IsMatch(hash))
        {
            throw new GatewayConfigException($"config: {path}.sha256 must be 64 hex characters (the SHA-256 of the key, never the key itself)");
        }

        return new ApiKeyConfig(principal, hash, k.Roles ?? []);
    }

    private static List<UpstreamConfig> ValidateUpstreams(List<GatewayConfigDocument.UpstreamSection> sections, string baseDirectory)
    {
        var result = new List<UpstreamConfig>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < sections.Count; i++)
        {
            var path = $"upstreams[{i}]";
            var s = sections[i];
            var name = RequireName(s.Name, $"{path}.name");
            if (name.Contains("__", StringComparison.Ordinal))
            {
                throw new GatewayConfigException($"config: {path}.name '{name}' must not contain '__' (it separates server and tool names)");
            }

            if (!names.Add(name))
            {
                throw new GatewayConfigException($"config: {path}.name '{name}' is used twice (names are compared case-insensitively)");
            }

            var transport = (s.Transport ?? throw Missing($"{path}.transport")).ToLowerInvariant() switch
            {
                "stdio" => UpstreamTransportKind.Stdio,
                "http" or "streamable-http" or "streamablehttp" => UpstreamTransportKind.Http,
                var other => throw new GatewayConfigException($"config: {path}.transport must be 'stdio' or 'http' (got '{other}')"),
            };
            Uri? url = null;
            if (transport == UpstreamTransportKind.Stdio)
            {
                if (string.IsNullOrWhiteSpace(s.Command))
                {
                    throw Missing($"{path}.command");
                }

                if (s.Url is not null || s.Headers is not null)
                {
                    throw new GatewayConfigException($"config: {path}: url and headers apply only to transport 'http'");
                }
            }
            else
            {
                var text = Expand(s.Url ?? throw Missing($"{path}.url"), $"{path}.url");
                if (!Uri.TryCreate(text, UriKind.Absolute, out url) || (url.Scheme != "http" && url.Scheme != "https"))
                {
                    throw new GatewayConfigException($"config: {path}.url must be an absolute http or https URL (got '{text}')");
                }

                if (s.Command is not null || s.Args is not null || s.Env is not null)
                {
                    throw new GatewayConfigException($"config: {path}: command, args and env apply only to transport 'stdio'");
                }
            }

            result.Add(new UpstreamConfig
            {
                Name = name,
                Transport = transport,
                Command = s.Command is null ? null : Expand(s.Command, $"{path}.command"),
                Args = (s.Args ?? []).Select((a, j) => Expand(a, $"{path}.args[{j}]")).ToList(),
                Env = (s.Env ?? []).ToDictionary(p => p.Key, p => Expand(p.Value, $"{path}.env.{p.Key}"), StringComparer.Ordinal),
                WorkingDirectory = s.WorkingDirectory is null ? null : Path.GetFullPath(Expand(s.WorkingDirectory, $"{path}.workingDirectory"), baseDirectory),
                Url = url,
                Headers = (s.Headers ?? []).ToDictionary(p => p.Key, p => Expand(p.Value, $"{path}.headers.{p.Key}"), StringComparer.OrdinalIgnoreCase),
                ProtocolVersion = s.ProtocolVersion is null ? null : ValidateVersion(s.ProtocolVersion, $"{path}.protocolVersion"),
                CallTimeout = Seconds(s.CallTimeoutSeconds ?? 30, $"{path}.callTimeoutSeconds"),
                ConnectTimeout = Seconds(s.ConnectTimeoutSeconds ?? 30, $"{path}.connectTimeoutSeconds"),
                PrefixNames = s.PrefixNames ?? true,
            });
        }

        return result;
    }

    private static string ValidateVersion(string version, string path) =>
        ProtocolRevisions.IsSupported(version)
            ? version
            : throw new GatewayConfigException($"config: {path} '{version}' is not a known revision ({string.Join(", ", ProtocolRevisions.Supported)})");

    private static string RequireName(string? value, string path)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Missing(path);
        }

        if (!NamePattern().IsMatch(value))
        {
            throw new GatewayConfigException($"config: {path} '{value}' may contain only letters, digits, '-', '_' and '.' (1 to 64 characters)");
        }

        return value;
    }

    private static TimeSpan Seconds(double value, string path) =>
        value is > 0 and <= 86_400 ? TimeSpan.FromSeconds(value) : throw new GatewayConfigException($"config: {path} must be between 0 and 86400 seconds, exclusive of 0 (got {value})");

    private static TimeSpan Millis(double value, string path) =>
        value is > 0 and <= 3_600_000 ? TimeSpan.FromMilliseconds(value) : throw new GatewayConfigException($"config: {path} must be between 0 and 3600000 ms, exclusive of 0 (got {value})");

    private static GatewayConfigException Missing(string path) => new($"config: {path} is required");

    private static string Expand(string value, string path) =>
        EnvPattern().Replace(value, m => Environment.GetEnvironmentVariable(m.Groups[1].Value)
            ?? throw new GatewayConfigException($"config: {path} refers to environment variable '{m.Groups[1].Value}', which is not set"));

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$")]
    private static partial Regex NamePattern();

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Pattern();

    [GeneratedRegex(@"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex EnvPattern();

    [GeneratedRegex(@"Property '([^']+)' not found")]
    private static partial Regex UnknownPropertyPattern();
}
