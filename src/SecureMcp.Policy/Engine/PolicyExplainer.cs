using System.Globalization;
using System.Text;
using SecureMcp.Policy.Model;

namespace SecureMcp.Policy.Engine;

/// <summary>Explains a decision: evaluates every element (not just the first that decides) and writes what each did.</summary>
internal static class PolicyExplainer
{
    public static PolicyExplanation Explain(CompiledPolicy policy, in PolicyRequest request)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var decision = policy.Decide(request);
        var visible = policy.IsVisible(request);
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.Append(inv, $"Decision: {Name(decision.Effect)} — {decision.Reason}\n");
        var a = request.Attributes;
        Span<ulong> roles = stackalloc ulong[policy.Words];
        var context = policy.CreateContext(request, roles, listing: false);
        text.Append(inv, $"Principal: {request.Principal.Id} (roles: {string.Join(", ", policy.EffectiveRoles(request.Principal).DefaultIfEmpty("none"))}; trust {context.Trust:0.00})\n");
        text.Append(inv, $"Target: {request.Kind.ToString().ToLowerInvariant()} {request.Name} on server {a.Server} (risk {context.Risk.ToString().ToLowerInvariant()}, readOnly {a.ReadOnly.ToString().ToLowerInvariant()}, destructive {a.Destructive.ToString().ToLowerInvariant()})\n");
        text.Append(inv, $"Listed to this principal: {(visible ? "yes" : "no (a call is answered as an unknown target)")}\n");

        var entry = policy.Entry(request.Kind, request.Name, a.Server);
        foreach (var role in policy.Roles)
        {
            if (context.HasRole(role.Index) && role.Scope.Matches(request.Kind, request.Name, a.Server, emptyMeansAll: false))
            {
                var applies = !role.ReadOnly || a.ReadOnly || request.Kind != TargetKind.Tool;
                text.Append(inv, $"- {role.Element.Description}: {(applies ? "grants" : "covers it but grants read-only tools only")}\n");
            }
        }

        if (context.PolicyPrincipal is { } principal)
        {
            foreach (var capability in principal.Capabilities)
            {
                if (capability.Scope.Matches(request.Kind, request.Name, a.Server, emptyMeansAll: false))
                {
                    var failed = capability.FirstFailure(ref context);
                    text.Append(inv, $"- {capability.Element.Description}: {(failed is null ? "every constraint holds" : "fails " + failed.Description)}\n");
                }
            }
        }

        foreach (var rule in entry.Deny.Concat(entry.Approval).Concat(entry.Allow))
        {
            var result = rule.Evaluate(ref context);
            text.Append(inv, $"- {rule.Element.Description} [{Name(rule.Effect)}]: {(result == ConditionResult.True ? "matches" : "does not match")}");
            text.Append(inv, $" ({string.Join(" and ", rule.Conditions.Select(c => c.Text).DefaultIfEmpty("always"))})\n");
        }

        return new PolicyExplanation(decision, text.ToString());
    }

    public static string Name(PolicyEffect effect) => effect switch
    {
        PolicyEffect.Allow => "allow",
        PolicyEffect.Deny => "deny",
        _ => "require-approval",
    };
}
