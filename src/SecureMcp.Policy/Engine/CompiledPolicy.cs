using System.Collections.Concurrent;
using SecureMcp.Policy.Model;

namespace SecureMcp.Policy.Engine;

/// <summary>An immutable, compiled policy: decides calls in microseconds and without allocating.</summary>
/// <remarks>
/// Order of evaluation: (1) an applicable deny rule denies; (2) if capabilities of the principal name the target,
/// one of them must have every constraint hold, else the call is denied naming the failed constraint; otherwise a
/// role grants; (3) failing both, an allow rule may grant; (4) nothing granted: default deny; (5) a granted call
/// under a require-approval rule is held for approval.
/// </remarks>
internal sealed class CompiledPolicy
{
    private const int MaxCachedTargets = 8192;
    private readonly ConcurrentDictionary<string, TargetEntry>[] _entries =
        [new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal)];

    public CompiledPolicy(PolicyDocument document, CompiledRole[] roles, Dictionary<string, int> roleIndex, Dictionary<string, CompiledPrincipal> principals, CompiledRule[] rules)
    {
        Document = document;
        Roles = roles;
        RoleIndex = roleIndex;
        Principals = principals;
        Rules = rules;
        Words = Math.Max(1, (roles.Length + 63) / 64);
    }

    public PolicyDocument Document { get; }

    public PolicySettings Settings => Document.Settings;

    public CompiledRole[] Roles { get; }

    public Dictionary<string, int> RoleIndex { get; }

    public Dictionary<string, CompiledPrincipal> Principals { get; }

    public CompiledRule[] Rules { get; }

    /// <summary>Length of a role mask in 64-bit words.</summary>
    public int Words { get; }

    /// <summary>Decides a call.</summary>
    public PolicyDecision Decide(in PolicyRequest request)
    {
        Span<ulong> roles = stackalloc ulong[Words];
        var context = CreateContext(request, roles, listing: false);
        return Evaluate(ref context, Entry(request.Kind, request.Name, request.Attributes.Server));
    }

    /// <summary>True when the target should be listed: some arguments could make the call allowed or held for approval.</summary>
    public bool IsVisible(in PolicyRequest request)
    {
        Span<ulong> roles = stackalloc ulong[Words];
        var context = CreateContext(request, roles, listing: true);
        return Evaluate(ref context, Entry(request.Kind, request.Name, request.Attributes.Server)).Effect != PolicyEffect.Deny;
    }

    /// <summary>The names of the roles that count for this principal.</summary>
    public IReadOnlyList<string> EffectiveRoles(Core.Identity.Principal principal)
    {
        Span<ulong> mask = stackalloc ulong[Words];
        FillRoles(principal, mask);
        var names = new List<string>();
        foreach (var role in Roles)
        {
            if ((mask[role.Index >> 6] & (1UL << (role.Index & 63))) != 0)
            {
                names.Add(role.Name);
            }
        }

        return names;
    }

    internal EvaluationContext CreateContext(in PolicyRequest request, Span<ulong> roles, bool listing)
    {
        FillRoles(request.Principal, roles);
        return new EvaluationContext
        {
            Principal = request.Principal,
            PolicyPrincipal = Principals.GetValueOrDefault(request.Principal.Id),
            Roles = roles,
            Kind = request.Kind,
            Name = request.Name,
            Attributes = request.Attributes,
            Arguments = request.Arguments,
            Now = request.Now,
            Source = request.Source,
            TrustSource = request.Trust,
            Settings = Settings,
            Listing = listing,
        };
    }

    // Roles come from configuration only: the policy's principals section, plus the roles the gateway's own
    // configuration gave the authenticated principal when the policy trusts them. Nothing in a request adds a role.
    private void FillRoles(Core.Identity.Principal principal, Span<ulong> roles)
    {
        roles.Clear();
        if (Principals.TryGetValue(principal.Id, out var configured))
        {
            for (var i = 0; i < roles.Length; i++)
            {
                roles[i] = configured.RoleMask[i];
            }
        }

        if (Settings.TrustAuthenticatedRoles)
        {
            var list = principal.Roles;
            for (var i = 0; i < list.Count; i++)
            {
                if (RoleIndex.TryGetValue(list[i], out var index))
                {
                    roles[index >> 6] |= 1UL << (index & 63);
                }
            }
        }
    }

    private PolicyDecision Evaluate(ref EvaluationContext context, TargetEntry entry)
    {
        foreach (var rule in entry.Deny)
        {
            if (rule.Evaluate(ref context) == ConditionResult.True)
            {
                return new PolicyDecision(PolicyEffect.Deny, null, rule.Element);
            }
        }

        PolicyElement? grant = null;
        var capabilityNamed = false;
        PolicyElement? failure = null;
        if (context.PolicyPrincipal is { Capabilities.Length: > 0 } principal)
        {
            foreach (var capability in principal.Capabilities)
            {
                if (!capability.Scope.Matches(context.Kind, context.Name, context.Attributes.Server, emptyMeansAll: false))
                {
                    continue;
                }

                capabilityNamed = true;
                var failed = capability.FirstFailure(ref context);
                if (failed is null)
                {
                    grant = capability.Element;
                    break;
                }

                failure ??= failed;
            }
        }

        if (capabilityNamed && grant is null)
        {
            return new PolicyDecision(PolicyEffect.Deny, null, failure);
        }

        if (grant is null)
        {
            grant = FirstRole(context.Roles, entry.Grant) ?? (context.Attributes.ReadOnly ? FirstRole(context.Roles, entry.GrantIfReadOnly) : null);
        }

        if (grant is null)
        {
            foreach (var rule in entry.Allow)
            {
                if (rule.Evaluate(ref context) != ConditionResult.False)
                {
                    grant = rule.Element;
                    break;
                }
            }
        }

        if (grant is null)
        {
            return new PolicyDecision(PolicyEffect.Deny, null, null);
        }

        if (!context.Listing)
        {
            foreach (var rule in entry.Approval)
            {
                if (rule.Evaluate(ref context) == ConditionResult.True)
                {
                    return new PolicyDecision(PolicyEffect.RequireApproval, grant, rule.Element);
                }
            }
        }

        return new PolicyDecision(PolicyEffect.Allow, grant, null);
    }

    private PolicyElement? FirstRole(ReadOnlySpan<ulong> roles, ulong[] grants)
    {
        for (var i = 0; i < grants.Length; i++)
        {
            var both = roles[i] & grants[i];
            if (both != 0)
            {
                return Roles[(i << 6) + System.Numerics.BitOperations.TrailingZeroCount(both)].Element;
            }
        }

        return null;
    }

    /// <summary>The index entry of a target, built on first use.</summary>
    public TargetEntry Entry(TargetKind kind, string name, string server)
    {
        var cache = _entries[(int)kind];
        if (cache.TryGetValue(name, out var entry) && string.Equals(entry.Server, server, StringComparison.Ordinal))
        {
            return entry;
        }

        entry = BuildEntry(kind, name, server);
        if (cache.Count < MaxCachedTargets)
        {
            cache[name] = entry;
        }

        return entry;
    }

    private TargetEntry BuildEntry(TargetKind kind, string name, string server)
    {
        var grant = new ulong[Words];
        var grantIfReadOnly = new ulong[Words];
        foreach (var role in Roles)
        {
            if (role.Scope.Matches(kind, name, server, emptyMeansAll: false))
            {
                var target = role.ReadOnly && kind == TargetKind.Tool ? grantIfReadOnly : grant;
                target[role.Index >> 6] |= 1UL << (role.Index & 63);
            }
        }

        var applicable = Rules.Where(r => r.Scope.Matches(kind, name, server)).ToList();
        return new TargetEntry(
            server,
            grant,
            grantIfReadOnly,
            [.. applicable.Where(r => r.Effect == PolicyEffect.Deny)],
            [.. applicable.Where(r => r.Effect == PolicyEffect.RequireApproval)],
            [.. applicable.Where(r => r.Effect == PolicyEffect.Allow)]);
    }
}
