using SecureMcp.Policy.Incidents;
using SecureMcp.Policy.RateLimits;

namespace SecureMcp.Policy.Model;

/// <summary>A parsed policy file, before compilation: roles, principals, rules, rate limits and incident rules.</summary>
internal sealed record PolicyDocument
{
    public PolicySettings Settings { get; init; } = new();

    public IReadOnlyList<RoleDefinition> Roles { get; init; } = [];

    public IReadOnlyList<PrincipalDefinition> Principals { get; init; } = [];

    public IReadOnlyList<RuleDefinition> Rules { get; init; } = [];

    public IReadOnlyList<RateLimitDefinition> RateLimits { get; init; } = [];

    public IReadOnlyList<IncidentRuleDefinition> Incidents { get; init; } = [];
}
