namespace SecureMcp.Trust.Evaluation;

/// <summary>Population sizes of the evaluation; <see cref="Full"/> are the sizes, <see cref="Quick"/> reduced ones.</summary>
internal sealed record ScenarioSizes
{
    public int EigenTrustPeers { get; init; } = 100;

    public int EigenTrustCycles { get; init; } = 50;

    public int EigenTrustTrials { get; init; } = 5;

    public int WitnessTrials { get; init; } = 50;

    public int SybilHonest { get; init; } = 10_000;

    public int SybilCount { get; init; } = 1_000;

    public int SybilAttackEdges { get; init; } = 100;

    public int CollusionAgents { get; init; } = 1_000;

    public IReadOnlyList<int> RingSizes { get; init; } = [5, 8, 12, 20, 35, 50];

    public int PredictionOutcomes { get; init; } = 40_000;

    public static ScenarioSizes Full { get; } = new();

    public static ScenarioSizes Quick { get; } = new()
    {
        EigenTrustCycles = 30,
        EigenTrustTrials = 2,
        WitnessTrials = 10,
        SybilHonest = 2_000,
        SybilCount = 200,
        SybilAttackEdges = 20,
        CollusionAgents = 400,
        RingSizes = [5, 10, 25],
        PredictionOutcomes = 10_000,
    };
}
