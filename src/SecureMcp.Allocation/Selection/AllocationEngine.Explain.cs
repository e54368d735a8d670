using SecureMcp.Allocation.Explain;
using SecureMcp.Allocation.Scheduling;

namespace SecureMcp.Allocation.Selection;

/// <summary>Building the explanation of a decision.</summary>
internal sealed partial class AllocationEngine
{
    /// <summary>The k most probable candidates (selection, not a full sort: k is small), plus the drawn ones.</summary>
    private List<CandidateScore> TopCandidates(int n, RandomDraw draw)
    {
        var k = Math.Min(options.Explain.TopCandidates, n);
        var taken = new bool[n];
        var result = new List<CandidateScore>(k + draw.DrawnAgents.Count);
        for (var r = 0; r < k; r++)
        {
            var best = -1;
            for (var i = 0; i < n; i++)
            {
                if (!taken[i] && (best < 0 || _c.Probability[i] > _c.Probability[best]))
                {
                    best = i;
                }
            }

            taken[best] = true;
            result.Add(Describe(best));
        }

        for (var i = 0; i < n && draw.DrawnAgents.Count > 0; i++)
        {
            if (!taken[i] && draw.DrawnAgents.Contains(_eligible[i].Id))
            {
                taken[i] = true;
                result.Add(Describe(i));
            }
        }

        return result;
    }

    private CandidateScore Describe(int i)
    {
        var a = _eligible[i];
        return new CandidateScore(a.Id, _c.Trust[i], _c.Predicted[i], _c.Credibility[i], a.InFlight, a.Capacity, _c.Score[i], _c.Probability[i], _c.Newcomer[i]);
    }

    private Dictionary<ExclusionReason, int> Counts()
    {
        var counts = new Dictionary<ExclusionReason, int>();
        for (var i = 0; i < _excludedCounts.Length; i++)
        {
            if (_excludedCounts[i] > 0)
            {
                counts[(ExclusionReason)i] = _excludedCounts[i];
            }
        }

        return counts;
    }

    private string Summary() => agents.All.Count == 0
        ? "no agent registered"
        : string.Join(", ", Counts().Select(kv => $"{kv.Value} {kv.Key}"));

    private Decision Empty(TaskEntry task, int replica, int attempt, DateTimeOffset now, DecisionOutcome outcome, string text, List<ExcludedAgent> excluded, int eligible) =>
        new(outcome, null, new AllocationExplanation(task.Id, attempt, replica, now, "none", null, text, _scanned.Pool, _scanned.Scanned, eligible, [], Counts(), excluded, null));
}
