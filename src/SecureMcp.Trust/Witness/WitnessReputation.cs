using SecureMcp.Trust.Config;
using SecureMcp.Trust.Direct;

namespace SecureMcp.Trust.Witness;

/// <summary>Second-hand trust: witness reports, witness credibility, and their fusion with our own evidence.</summary>
/// <remarks>
/// Credibility follows FIRE/TRAVOS: each time we observe a subject ourselves, every witness that reported on it is
/// scored by how well its report predicted what we saw (soft agreement 1 − |outcome − reported E|). Reports are then
/// discounted by credibility (subjective-logic trust discounting), witnesses below the credibility floor are ignored,
/// and the rest pass the iterated quantile filter before cumulative fusion with the direct evidence.
/// </remarks>
internal sealed class WitnessReputation(WitnessOptions options, DirectTrustOptions direct)
{
    private readonly Dictionary<SubjectKey, Dictionary<string, BetaEvidence>> _reports = [];
    private readonly Dictionary<string, BetaEvidence> _credibility = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public void Report(WitnessReport report)
    {
        var key = new SubjectKey(report.Subject, report.Capability);
        lock (_gate)
        {
            if (!_reports.TryGetValue(key, out var byWitness))
            {
                byWitness = new Dictionary<string, BetaEvidence>(StringComparer.Ordinal);
                _reports.Add(key, byWitness);
            }

            byWitness[report.Witness] = new BetaEvidence(report.Positive, report.Negative);
        }
    }

    /// <summary>Scores every witness that reported on <paramref name="key"/> against our own observation.</summary>
    public void ObserveDirect(SubjectKey key, bool good)
    {
        lock (_gate)
        {
            if (!_reports.TryGetValue(key, out var byWitness))
            {
                return;
            }

            var outcome = good ? 1.0 : 0.0;
            foreach (var (witness, evidence) in byWitness)
            {
                var agreement = 1 - Math.Abs(outcome - evidence.Expected);
                _credibility.TryGetValue(witness, out var c);
                _credibility[witness] = c.Add(new BetaEvidence(agreement, 1 - agreement));
            }
        }
    }

    public BetaEvidence Credibility(string witness)
    {
        lock (_gate)
        {
            return _credibility.GetValueOrDefault(witness);
        }
    }

    public void RestoreCredibility(string witness, BetaEvidence evidence)
    {
        lock (_gate)
        {
            _credibility[witness] = evidence;
        }
    }

    public IReadOnlyList<KeyValuePair<string, BetaEvidence>> CredibilitySnapshot()
    {
        lock (_gate)
        {
            return [.. _credibility];
        }
    }

    public ReputationEstimate Estimate(SubjectKey key, BetaEvidence directEvidence)
    {
        var used = new List<string>();
        var rejected = new List<string>();
        var names = new List<string>();
        var discounted = new List<BetaEvidence>();
        lock (_gate)
        {
            if (_reports.TryGetValue(key, out var byWitness))
            {
                foreach (var (witness, evidence) in byWitness)
                {
                    var credibility = Opinion.FromEvidence(_credibility.GetValueOrDefault(witness), 0.5, direct.PriorWeight);
                    if (credibility.Expected < options.MinCredibility)
                    {
                        rejected.Add(witness);
                        continue;
                    }

                    var advice = Opinion.FromEvidence(evidence, direct.BaseRate, direct.PriorWeight);
                    names.Add(witness);
                    discounted.Add(SubjectiveLogic.DiscountByProjection(credibility, advice).ToEvidence(direct.PriorWeight));
                }
            }
        }

        var fused = directEvidence;
        if (discounted.Count > 0)
        {
            var kept = QuantileFilter.Filter(discounted, options.FilterQuantile, options.MaxFilterIterations);
            var keptSet = new HashSet<int>(kept);
            for (var i = 0; i < names.Count; i++)
            {
                if (keptSet.Contains(i))
                {
                    used.Add(names[i]);
                    fused = fused.Add(discounted[i]);
                }
                else
                {
                    rejected.Add(names[i]);
                }
            }
        }

        return new ReputationEstimate(Opinion.FromEvidence(fused, direct.BaseRate, direct.PriorWeight), used, rejected);
    }
}
