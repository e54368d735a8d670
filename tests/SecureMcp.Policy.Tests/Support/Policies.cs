using System.Text.Json;
using SecureMcp.Core.Identity;
using SecureMcp.Policy.Attributes;
using SecureMcp.Policy.Engine;
using SecureMcp.Policy.Model;
using SecureMcp.Policy.Yaml;

namespace SecureMcp.Policy.Tests.Support;

/// <summary>Builds compiled policies from YAML and requests against them.</summary>
internal static class Policies
{
    public static readonly DateTimeOffset Noon = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public static CompiledPolicy Compile(string yaml)
    {
        var result = PolicyLoader.FromText(yaml);
        result.Errors.ShouldBeEmpty();
        return result.Policy!;
    }

    public static IReadOnlyList<PolicyError> Errors(string yaml) => PolicyLoader.FromText(yaml).Errors;

    public static Principal Principal(string id, params string[] roles) => new(id, "apikey", roles);

    public static ToolAttributes Tool(string server = "srv", bool readOnly = false, RiskLevel? risk = RiskLevel.Low, bool destructive = true) =>
        new(server) { ReadOnly = readOnly, Risk = risk, Destructive = destructive };

    public static JsonElement Json(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.Clone();
    }

    public static PolicyDecision Decide(this CompiledPolicy policy, Principal principal, string tool, ToolAttributes? attributes = null,
        string? args = null, DateTimeOffset? now = null, ITrustScoreSource? trust = null, System.Net.IPAddress? source = null) =>
        policy.Decide(new PolicyRequest(principal, TargetKind.Tool, tool, attributes ?? Tool(), args is null ? null : Json(args), now ?? Noon, source, trust));

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SecureMcp.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
