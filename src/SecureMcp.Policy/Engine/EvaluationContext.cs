using System.Net;
using System.Text.Json;
using SecureMcp.Core.Identity;
using SecureMcp.Policy.Attributes;
using SecureMcp.Policy.Model;

namespace SecureMcp.Policy.Engine;

/// <summary>The facts one evaluation reads, on the stack: who, what, with which arguments, when and from where.</summary>
internal ref struct EvaluationContext
{
    private double _trust;
    private bool _trustLoaded;

    public required Principal Principal;
    public required CompiledPrincipal? PolicyPrincipal;
    public required ReadOnlySpan<ulong> Roles;
    public required TargetKind Kind;
    public required string Name;
    public required ToolAttributes Attributes;
    public required JsonElement? Arguments;
    public required DateTimeOffset Now;
    public required IPAddress? Source;
    public required ITrustScoreSource? TrustSource;
    public required PolicySettings Settings;
    public required bool Listing;

    /// <summary>The principal's trust score, fetched once per evaluation.</summary>
    public double Trust
    {
        get
        {
            if (!_trustLoaded)
            {
                _trust = TrustSource?.GetScore(Principal.Id) ?? Settings.DefaultTrust;
                _trustLoaded = true;
            }

            return _trust;
        }
    }

    public readonly RiskLevel Risk => Attributes.Risk ?? Settings.UnknownRisk;

    /// <summary>An attribute of the principal; the policy's value wins over the authenticated one.</summary>
    public readonly string? PrincipalAttribute(string key)
    {
        if (PolicyPrincipal is { } p && p.Attributes.TryGetValue(key, out var fromPolicy))
        {
            return fromPolicy;
        }

        return Principal.Attributes.TryGetValue(key, out var value) ? value : null;
    }

    public readonly bool HasRole(int index) => (Roles[index >> 6] & (1UL << (index & 63))) != 0;

    public readonly bool HasAnyRole(ulong[] mask)
    {
        for (var i = 0; i < mask.Length; i++)
        {
            if ((Roles[i] & mask[i]) != 0)
            {
                return true;
            }
        }

        return false;
    }
}
