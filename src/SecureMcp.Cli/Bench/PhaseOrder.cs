namespace SecureMcp.Cli.Bench;

/// <summary>The order of the targets in each round: a Williams design, so that over n rounds (n even) every target runs once
/// in each position and follows every other target exactly once.</summary>
/// <remarks>
/// A plain rotation keeps the cyclic order, so one target would always run right after the same neighbour and inherit
/// its after-effects (garbage to collect, connections being torn down).
/// </remarks>
internal static class PhaseOrder
{
    public static IReadOnlyList<T> ForRound<T>(IReadOnlyList<T> targets, int round)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var n = targets.Count;
        var order = new T[n];
        for (var j = 0; j < n; j++)
        {
            var offset = j % 2 == 0 ? j / 2 : n - ((j + 1) / 2);
            order[j] = targets[(round + offset) % n];
        }

        return order;
    }
}
