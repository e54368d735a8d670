namespace SecureMcp.Allocation.Explain;

/// <summary>The random part of a decision, so it can be replayed and checked.</summary>
/// <param name="ExplorationRoll">Uniform draw compared against the exploration share.</param>
/// <param name="Draws">The uniform draws that picked the candidates.</param>
/// <param name="DrawnAgents">The candidates they picked (power of d choices).</param>
/// <param name="Rule">How the winner was taken among the drawn candidates.</param>
public sealed record RandomDraw(double ExplorationRoll, IReadOnlyList<double> Draws, IReadOnlyList<string> DrawnAgents, string Rule);
