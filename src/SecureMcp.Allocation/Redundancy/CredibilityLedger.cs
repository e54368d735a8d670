using SecureMcp.Allocation.Config;

namespace SecureMcp.Allocation.Redundancy;

/// <summary>Verification record per agent: results verified correct (k) and whether it was caught returning a wrong one.</summary>
/// <remarks>
/// Credibility follows Sarmenta (2002), spot-checking with blacklisting: an agent that passed k ≥ 1 verifications has
/// credibility 1 − f / ((1 − f)·e·k), where f is the assumed saboteur share; with k = 0 it is 1 − f. A caught agent is
/// blacklisted (credibility 0). Trusted verifiers (operator-run) have 1 − 1e-6.
/// </remarks>
internal sealed class CredibilityLedger(VerificationOptions options)
{
    private const double TrustedCredibility = 1 - 1e-6;
    private readonly Dictionary<string, int> _passes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _caught = new(StringComparer.Ordinal);
    private readonly HashSet<string> _trusted = new(options.TrustedVerifiers, StringComparer.Ordinal);

    public int Passes(string agent) => _passes.GetValueOrDefault(agent);

    public bool IsCaught(string agent) => _caught.Contains(agent);

    public bool AnyCaught => _caught.Count > 0;

    public void Pass(string agent) => _passes[agent] = Passes(agent) + 1;

    public void Catch(string agent) => _caught.Add(agent);

    public double Credibility(string agent)
    {
        if (_caught.Contains(agent))
        {
            return 0;
        }

        if (_trusted.Contains(agent))
        {
            return TrustedCredibility;
        }

        var f = options.AssumedSaboteurShare;
        var k = Passes(agent);
        return k == 0 ? 1 - f : Math.Max(1 - f, 1 - (f / ((1 - f) * Math.E * k)));
    }
}
