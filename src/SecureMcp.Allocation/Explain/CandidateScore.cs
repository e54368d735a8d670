namespace SecureMcp.Allocation.Explain;

/// <summary>How one eligible agent was scored.</summary>
/// <param name="AgentId">The agent.</param>
/// <param name="Trust">Trust for the task's capabilities (weakest capability; capped for newcomers).</param>
/// <param name="PredictedSuccess">The trust engine's forecast of success.</param>
/// <param name="Credibility">Verification credibility (used for verifying replicas).</param>
/// <param name="Load">In-flight tasks.</param>
/// <param name="Capacity">Concurrency cap.</param>
/// <param name="Score">The combined score.</param>
/// <param name="Probability">Probability of this agent being one of the drawn candidates' softmax weight (weight ÷ total).</param>
/// <param name="Newcomer">Whether the agent is a newcomer for the capability.</param>
public sealed record CandidateScore(
    string AgentId,
    double Trust,
    double PredictedSuccess,
    double Credibility,
    int Load,
    int Capacity,
    double Score,
    double Probability,
    bool Newcomer);
