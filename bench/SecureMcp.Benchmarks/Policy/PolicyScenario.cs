using System.Globalization;
using System.Text;
using System.Text.Json;
using SecureMcp.Core.Identity;
using SecureMcp.Policy.Attributes;
using SecureMcp.Policy.Engine;
using SecureMcp.Policy.Model;
using SecureMcp.Policy.Yaml;

namespace SecureMcp.Benchmarks.Policy;

/// <summary>A large policy (100 roles, 1,000 rules over 50 servers × 20 tools) and typical requests against it.</summary>
internal sealed class PolicyScenario
{
    public PolicyScenario()
    {
        var inv = CultureInfo.InvariantCulture;
        var yaml = new StringBuilder("roles:\n");
        for (var r = 0; r < 100; r++)
        {
            yaml.Append(inv, $"  role{r}: {{ tools: [\"s{r % 50}__*\", s{(r + 7) % 50}__t{r % 20}], readOnly: {(r % 5 == 0 ? "true" : "false")} }}\n");
        }

        yaml.Append("rules:\n");
        for (var i = 0; i < 1000; i++)
        {
            var effect = (i % 10) switch { 0 => "deny", 1 => "require-approval", _ => "allow" };
            yaml.Append(inv, $"  - id: rule{i}\n    effect: {effect}\n    tools: [\"s{i % 50}__t{i % 20}\", \"s{(i * 3) % 50}__*\"]\n    when:\n");
            yaml.Append((i % 4) switch
            {
                0 => string.Create(inv, $"      principal.roles: {{ contains: role{i % 100} }}\n      principal.trust: {{ lt: 0.{i % 9 + 1} }}\n"),
                1 => string.Create(inv, $"      tool.risk: {{ gte: critical }}\n      principal.team: team{i % 7}\n"),
                2 => string.Create(inv, $"      args.$.path: {{ prefix: /restricted{i} }}\n"),
                _ => string.Create(inv, $"      env.time: {{ between: \"0{i % 10}:00-0{i % 10}:30\" }}\n      tool.annotations.destructive: true\n"),
            });
        }

        var result = PolicyLoader.FromText(yaml.ToString());
        Policy = result.Policy ?? throw new InvalidOperationException(string.Join("; ", result.Errors));
        var trust = new FixedTrustSource(0.8);
        var args = JsonDocument.Parse("""{"path":"/data/reports/q3.csv","mode":"read","limit":100}""").RootElement.Clone();
        var principal = new Principal("agent-7", "apikey", ["role3", "role17", "role42"])
        {
            Attributes = new Dictionary<string, string> { ["team"] = "team2" },
        };
        var tool = new ToolAttributes("s3") { Risk = RiskLevel.Medium, ReadOnly = false };
        var now = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
        Allowed = new PolicyRequest(principal, TargetKind.Tool, "s3__t5", tool, args, now, null, trust);
        Denied = new PolicyRequest(principal, TargetKind.Tool, "s9__t1", new ToolAttributes("s9"), args, now, null, trust);
        if (Policy.Decide(Allowed).Effect != PolicyEffect.Allow)
        {
            throw new InvalidOperationException("scenario: the allowed request is not allowed: " + Policy.Decide(Allowed).Reason);
        }
    }

    public CompiledPolicy Policy { get; }

    public PolicyRequest Allowed { get; }

    public PolicyRequest Denied { get; }

    private sealed class FixedTrustSource(double score) : ITrustScoreSource
    {
        public double? GetScore(string principalId) => score;
    }
}
