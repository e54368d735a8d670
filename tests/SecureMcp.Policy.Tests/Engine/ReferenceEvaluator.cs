using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using SecureMcp.Core.Identity;
using SecureMcp.Policy.Attributes;
using SecureMcp.Policy.Model;

namespace SecureMcp.Policy.Tests.Engine;

/// <summary>A deliberately naive evaluator over the uncompiled model: no index, no masks, no caches.</summary>
internal static class ReferenceEvaluator
{
    public static PolicyEffect Decide(PolicyDocument doc, Principal principal, string tool, ToolAttributes a, JsonElement? args, double trust)
    {
        var defined = doc.Roles.Select(r => r.Name).ToHashSet();
        var configured = doc.Principals.FirstOrDefault(p => p.Id == principal.Id);
        var roles = new HashSet<string>(configured?.Roles ?? []);
        if (doc.Settings.TrustAuthenticatedRoles)
        {
            roles.UnionWith(principal.Roles.Where(defined.Contains));
        }

        bool Holds(ConditionDefinition c)
        {
            var op = c.Operands[0];
            return c.Attribute switch
            {
                "principal.roles" => roles.Contains(op),
                "principal.team" => (configured?.Attributes.GetValueOrDefault("team") ?? principal.Attributes.GetValueOrDefault("team")) == op,
                "principal.trust" => trust < double.Parse(op, CultureInfo.InvariantCulture),
                "tool.server" => a.Server == op,
                "tool.risk" => (int)(a.Risk ?? doc.Settings.UnknownRisk) >= (int)Enum.Parse<RiskLevel>(op, true),
                "tool.annotations.readOnly" => a.ReadOnly == bool.Parse(op),
                "args.$.mode" => c.Operator == "in"
                    ? args is { } x1 && x1.TryGetProperty("mode", out var m1) && c.Operands.Contains(m1.GetString())
                    : args is { } x2 && x2.TryGetProperty("mode", out var m2) && m2.GetString() == op,
                _ => throw new InvalidOperationException(c.Attribute),
            };
        }

        bool Applies(RuleDefinition r) => InScope(r.Scope, tool, a.Server, emptyMeansAll: true) && r.Conditions.All(Holds);

        if (doc.Rules.Any(r => r.Effect == PolicyEffect.Deny && Applies(r)))
        {
            return PolicyEffect.Deny;
        }

        var caps = (configured?.Capabilities ?? []).Where(c => InScope(c.Scope, tool, a.Server, emptyMeansAll: false)).ToList();
        bool granted;
        if (caps.Count > 0)
        {
            if (!caps.Any(c => c.Constraints.All(Holds)))
            {
                return PolicyEffect.Deny;
            }

            granted = true;
        }
        else
        {
            granted = doc.Roles.Any(r => roles.Contains(r.Name) && InScope(r.Scope, tool, a.Server, emptyMeansAll: false) && (!r.ReadOnly || a.ReadOnly));
        }

        granted = granted || doc.Rules.Any(r => r.Effect == PolicyEffect.Allow && Applies(r));
        if (!granted)
        {
            return PolicyEffect.Deny;
        }

        return doc.Rules.Any(r => r.Effect == PolicyEffect.RequireApproval && Applies(r)) ? PolicyEffect.RequireApproval : PolicyEffect.Allow;
    }

    private static bool InScope(TargetScope scope, string tool, string server, bool emptyMeansAll) =>
        scope.IsEmpty ? emptyMeansAll : scope.Tools.Any(p => Glob(p, tool)) || scope.Servers.Any(p => Glob(p, server));

    private static bool Glob(string pattern, string value) =>
        Regex.IsMatch(value, "^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$",
            RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
