using System.Text;
using SecureMcp.Gateway.Authentication;

namespace SecureMcp.Cli.Infrastructure;

/// <summary>Writes gateway YAML for the demo and the benchmark, with fresh API keys.</summary>
internal sealed class GatewayConfigWriter
{
    private readonly StringBuilder _upstreams = new();
    private readonly Dictionary<string, (string Key, string[] Roles)> _keys = new(StringComparer.Ordinal);
    private string? _identity;
    private int? _maxSessions;

    /// <summary>Creates a key for a principal and returns it (only its hash is written).</summary>
    public string AddKey(string principal, params string[] roles)
    {
        var key = ApiKeyAuthenticator.NewKey();
        _keys[principal] = (key, roles);
        return key;
    }

    public GatewayConfigWriter AddStdioUpstream(string name, string command, IEnumerable<string> args)
    {
        _upstreams.AppendLine($"  - name: {name}");
        _upstreams.AppendLine("    transport: stdio");
        _upstreams.AppendLine($"    command: {Quote(command)}");
        _upstreams.AppendLine($"    args: [{string.Join(", ", args.Select(Quote))}]");
        return this;
    }

    public GatewayConfigWriter AddHttpUpstream(string name, string url, string? protocolVersion = null)
    {
        _upstreams.AppendLine($"  - name: {name}");
        _upstreams.AppendLine("    transport: http");
        _upstreams.AppendLine($"    url: {Quote(url)}");
        if (protocolVersion is not null)
        {
            _upstreams.AppendLine($"    protocolVersion: {protocolVersion}");
        }

        return this;
    }

    /// <summary>Turns on certificates and tokens from the CA in <paramref name="caDirectory"/> (the listen URL must be https).</summary>
    public GatewayConfigWriter WithIdentity(string caDirectory, string clientCertificates, bool tokens, string passphraseVariable)
    {
        _identity = $"identity:\n  caDirectory: {Quote(caDirectory)}\n  clientCertificates: {clientCertificates}\n" +
            $"  tokens: {(tokens ? "true" : "false")}\n  passphraseVariable: {passphraseVariable}\n";
        return this;
    }

    /// <summary>Sets <c>http.maxSessions</c>, the cap on concurrently open MCP sessions.</summary>
    public GatewayConfigWriter WithMaxSessions(int maxSessions)
    {
        _maxSessions = maxSessions;
        return this;
    }

    /// <summary>Writes the file and returns its path.</summary>
    public string Write(string directory, string listen, string auditPath, string fileName = "gateway.yaml", string? policyPath = null)
    {
        var yaml = new StringBuilder();
        yaml.AppendLine($"listen: {Quote(listen)}");
        yaml.AppendLine($"auditPath: {Quote(auditPath)}");
        if (policyPath is not null)
        {
            yaml.AppendLine($"policyPath: {Quote(policyPath)}");
        }

        if (_maxSessions is { } max)
        {
            yaml.AppendLine("http:");
            yaml.AppendLine($"  maxSessions: {max}");
        }

        yaml.Append(_identity);
        yaml.AppendLine("apiKeys:");
        foreach (var (principal, (key, roles)) in _keys)
        {
            yaml.AppendLine($"  - principal: {principal}");
            yaml.AppendLine($"    sha256: {ApiKeyAuthenticator.Hash(key)}");
            yaml.AppendLine($"    roles: [{string.Join(", ", roles)}]");
        }

        yaml.AppendLine("upstreams:");
        yaml.Append(_upstreams);
        var path = Path.Combine(directory, fileName);
        File.WriteAllText(path, yaml.ToString());
        return path;
    }

    private static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
