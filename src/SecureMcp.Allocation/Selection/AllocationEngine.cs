using SecureMcp.Allocation.Balancing;
using SecureMcp.Allocation.Config;
using SecureMcp.Allocation.Explain;
using SecureMcp.Allocation.Faults;
using SecureMcp.Allocation.Redundancy;
using SecureMcp.Allocation.Scheduling;

namespace SecureMcp.Allocation.Selection;

/// <summary>Makes one allocation decision: filter, sample, score, draw d candidates, keep the least loaded.</summary>
/// <remarks>Not thread-safe: the scheduler calls it under its gate. Buffers are reused between decisions.</remarks>
internal sealed partial class AllocationEngine(
    AllocationOptions options,
    AgentRegistry agents,
    EligibilityFilter filter,
    TrustLookup trust,
    CredibilityLedger ledger,
    CircuitBreakerRegistry breakers,
    Random random)
{
    private readonly List<AgentState> _eligible = [];
    private AgentState[] _scratch = [];
    private (int Pool, int Scanned) _scanned;
    private readonly int[] _excludedCounts = new int[Enum.GetValues<ExclusionReason>().Length];
    private Candidates _c = new(0);
    private int _roundRobin;

    public Decision Decide(TaskEntry task, int replica, int attempt, DateTimeOffset now)
    {
        _scanned = (0, 0);
        Array.Clear(_excludedCounts);
        if (breakers.FirstBlockedUpstream(task.Spec.Upstreams, now) is { } upstream)
        {
            return Empty(task, replica, attempt, now, DecisionOutcome.Queued, $"queued: upstream '{upstream}' circuit open", [], 0);
        }

        var excluded = new List<ExcludedAgent>();
        _eligible.Clear();
        var transient = 0;
        var verifier = replica > 0 && Verifying(task);
        var bestBusyCredibility = 0.0;
        var nowTicks = now.UtcTicks;
        var pool = agents.Holding(task.CapabilityIds, task.Spec.RequiredCapabilities.Count > 0);
        _excludedCounts[(int)ExclusionReason.MissingCapability] = agents.All.Count - pool.Count;
        var limit = options.Selection.MaxScoredCandidates == 0 ? int.MaxValue : options.Selection.MaxScoredCandidates;
        var shuffle = limit < pool.Count;
        if (_scratch.Length < pool.Count)
        {
            _scratch = new AgentState[Math.Max(pool.Count, _scratch.Length * 2)];
        }

        pool.CopyTo(_scratch);
        var scanned = 0;
        for (; scanned < pool.Count && _eligible.Count < limit; scanned++)
        {
            if (shuffle)
            {
                // Incremental Fisher–Yates: the scan order is a uniform random permutation, so stopping early leaves a uniform sample.
                var j = random.Next(scanned, pool.Count);
                (_scratch[scanned], _scratch[j]) = (_scratch[j], _scratch[scanned]);
            }

            var agent = _scratch[scanned];
            if (filter.Check(agent, task, nowTicks) is not { } reason)
            {
                _eligible.Add(agent);
                continue;
            }

            _excludedCounts[(int)reason]++;
            if (EligibilityFilter.IsTransient(reason))
            {
                transient++;
                bestBusyCredibility = verifier ? Math.Max(bestBusyCredibility, ledger.Credibility(agent.Id)) : 0;
            }

            if (excluded.Count < options.Explain.MaxExcludedListed && reason != ExclusionReason.MissingCapability)
            {
                excluded.Add(new ExcludedAgent(agent.Id, reason, filter.Detail(agent, reason, task)));
            }
        }

        Array.Clear(_scratch, 0, pool.Count);
        _scanned = (pool.Count, scanned);

        if (_eligible.Count == 0)
        {
            return transient > 0
                ? Empty(task, replica, attempt, now, DecisionOutcome.Queued, "queued: every matching agent is busy or its circuit is open", excluded, 0)
                : Empty(task, replica, attempt, now, DecisionOutcome.NoEligibleAgent, "no eligible agent: " + Summary(), excluded, 0);
        }

        var n = _eligible.Count;
        Score(task, n, nowTicks, verifier);
        if (verifier && ShouldWaitForVerifier(n, bestBusyCredibility))
        {
            return Empty(task, replica, attempt, now, DecisionOutcome.Queued, "queued: waiting for a credible verifier to be free", excluded, _eligible.Count);
        }

        var (chosen, draw, policy) = options.Selection.Mode switch
        {
            SelectionMode.Random => Single(random.Next(n), n, "uniform", "random"),
            SelectionMode.RoundRobin => Single(_roundRobin++ % n, n, "next in turn", "round-robin"),
            _ => Select(n, verifier),
        };
        var agentChosen = _eligible[chosen];
        var explanation = new AllocationExplanation(
            task.Id, attempt, replica, now, policy, agentChosen.Id, "assigned", _scanned.Pool, _scanned.Scanned, _eligible.Count,
            TopCandidates(n, draw), Counts(), excluded, draw);
        return new Decision(DecisionOutcome.Assigned, agentChosen, explanation);
    }

    /// <summary>True when every free candidate is below the verifier bar but a busy agent clears it: better wait than replicate in vain.</summary>
    private bool ShouldWaitForVerifier(int n, double bestBusy)
    {
        var bar = options.Verification.MinVerifierCredibility;
        if (bestBusy < bar)
        {
            return false;
        }

        for (var i = 0; i < n; i++)
        {
            if (_c.Credibility[i] >= bar)
            {
                return false;
            }
        }

        return true;
    }

    private bool Verifying(TaskEntry task) => options.Verification.Enabled || task.Spec.RedundancyHint > 1;

    private void Score(TaskEntry task, int n, long nowTicks, bool verifier)
    {
        if (_c.Capacity < n)
        {
            _c = new Candidates(Math.Max(n, _c.Capacity * 2));
        }

        var s = options.Selection;
        for (var i = 0; i < n; i++)
        {
            var agent = _eligible[i];
            var (t, p, obs) = trust.Get(agent, task.CapabilityIds, nowTicks);
            var newcomer = obs < s.NewcomerObservations;
            _c.Newcomer[i] = newcomer;
            _c.RawTrust[i] = t;
            _c.Trust[i] = newcomer ? Math.Min(t, s.NewcomerTrustCap) : t;
            _c.Predicted[i] = p;
            _c.Credibility[i] = verifier ? ledger.Credibility(agent.Id) : double.NaN;
            _c.Load[i] = agent.LoadRatio;
            _c.Score[i] = verifier
                ? _c.Credibility[i]
                : (s.TrustWeight * _c.Trust[i]) + (s.SuccessWeight * p) - (s.LoadWeight * _c.Load[i]);
        }
    }

    private (int Chosen, RandomDraw Draw, string Policy) Select(int n, bool verifier)
    {
        var s = options.Selection;
        var roll = verifier ? 1.0 : random.NextDouble();
        var weights = _c.Weight.AsSpan(0, n);
        double total = 0;
        string policy;
        if (roll < s.ExplorationShare && ProbationWeights(n, weights, out total))
        {
            policy = "exploration";
        }
        else
        {
            var temperature = verifier ? options.Verification.VerifierTemperature : s.Temperature;
            var max = double.MinValue;
            for (var i = 0; i < n; i++)
            {
                max = Math.Max(max, _c.Score[i]);
            }

            for (var i = 0; i < n; i++)
            {
                weights[i] = Math.Exp((_c.Score[i] - max) / temperature);
                total += weights[i];
            }

            policy = verifier ? "verifier" : "trust-aware";
        }

        for (var i = 0; i < n; i++)
        {
            _c.Probability[i] = weights[i] / total;
        }

        var d = Math.Min(options.Balancing.Choices, n);
        Span<int> drawn = stackalloc int[d];
        var draws = new double[d];
        for (var k = 0; k < d; k++)
        {
            draws[k] = random.NextDouble();
            drawn[k] = WeightedDraw.Draw(weights, total, draws[k]);
        }

        var chosen = PowerOfChoices.Pick(drawn, _c.Load, _c.Score);
        var names = new string[d];
        for (var k = 0; k < d; k++)
        {
            names[k] = _eligible[drawn[k]].Id;
        }

        var rule = d == 1 ? "single draw" : $"power of {d} choices: least loaded, then higher score";
        return (chosen, new RandomDraw(roll, draws, names, rule), policy);
    }

    /// <summary>Exploration weights: newcomers and agents below standing; newcomers weigh less, so a new identity never pays.</summary>
    private bool ProbationWeights(int n, Span<double> weights, out double total)
    {
        var s = options.Selection;
        total = 0;
        for (var i = 0; i < n; i++)
        {
            weights[i] = _c.Newcomer[i] ? s.NewcomerExplorationWeight : _c.RawTrust[i] < s.EstablishedTrust ? 1 : 0;
            total += weights[i];
        }

        return total > 0;
    }

    private (int, RandomDraw, string) Single(int index, int n, string rule, string policy)
    {
        for (var i = 0; i < n; i++)
        {
            _c.Probability[i] = 1.0 / n;
        }

        return (index, new RandomDraw(double.NaN, [], [_eligible[index].Id], rule), policy);
    }
}
