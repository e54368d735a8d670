using System.Globalization;

namespace SecureMcp.Allocation.Redundancy;

/// <summary>Credibility-based voting: accept the result whose posterior credibility reaches 1 − target error.</summary>
/// <remarks>
/// With results grouped by digest and agent credibilities c, the posterior of group g is
/// L_g / (Σ_h L_h + L_none) with L_g = Π_{i∈g} c_i · Π_{j∉g} (1 − c_j) and L_none = Π (1 − c_i): bad agents are assumed to
/// collude on one wrong answer, the worst case. Results from agents blacklisted since they answered are ignored. One result alone therefore has the credibility of its agent, so only
/// agents with a long verified record are accepted without a second execution, and then only after a spot-check roll.
/// </remarks>
internal static class VerificationPlanner
{
    public static Verdict Evaluate(
        IReadOnlyList<ReplicaResult> all, Func<string, double> credibility, double threshold, int minReplicas, int maxReplicas, bool spotCheck)
    {
        // Results of agents caught sabotaging meanwhile are discarded (Sarmenta's backtracking of pending results).
        var results = all.Where(r => credibility(r.AgentId) > 0).ToList();
        if (results.Count == 0)
        {
            return all.Count >= maxReplicas
                ? new Verdict(VerdictKind.Unverifiable, null, 0, [], [], $"every result came from a blacklisted agent; {maxReplicas} executions reached")
                : new Verdict(VerdictKind.NeedReplica, null, 0, [], [], "every result so far came from a blacklisted agent");
        }

        var groups = results.GroupBy(r => r.Digest, StringComparer.Ordinal).ToList();
        var c = results.Select(r => Math.Clamp(credibility(r.AgentId), 0, 1)).ToArray();
        double none = 1;
        foreach (var ci in c)
        {
            none *= 1 - ci;
        }

        string? best = null;
        double bestLikelihood = -1, total = none;
        foreach (var g in groups)
        {
            double l = 1;
            for (var i = 0; i < results.Count; i++)
            {
                l *= results[i].Digest == g.Key ? c[i] : 1 - c[i];
            }

            total += l;
            if (l > bestLikelihood)
            {
                (best, bestLikelihood) = (g.Key, l);
            }
        }

        var posterior = total <= 0 ? 0 : bestLikelihood / total;
        var agreeing = results.Where(r => r.Digest == best).Select(r => r.AgentId).ToList();
        var disagreeing = results.Where(r => r.Digest != best).Select(r => r.AgentId).ToList();
        var text = string.Create(CultureInfo.InvariantCulture, $"{agreeing.Count} of {results.Count} agree, credibility {posterior:0.######}");
        var credible = posterior >= threshold && agreeing.Count >= minReplicas;
        if (credible && !(spotCheck && results.Count == 1 && maxReplicas > 1))
        {
            return new Verdict(VerdictKind.Accept, best, posterior, agreeing, disagreeing, text);
        }

        if (all.Count >= maxReplicas)
        {
            return new Verdict(VerdictKind.Unverifiable, best, posterior, agreeing, disagreeing, text + $"; {maxReplicas} executions reached");
        }

        var why = credible ? "spot check" : $"below {threshold.ToString("0.######", CultureInfo.InvariantCulture)}";
        return new Verdict(VerdictKind.NeedReplica, best, posterior, agreeing, disagreeing, text + "; " + why);
    }
}
