using System.Globalization;

namespace SecureMcp.Trust.Sybil;

/// <summary>Turns SybilRank's degree-normalised trust into suspicion: far below the median of connected nodes is suspicious.</summary>
internal static class GraphSybilSignal
{
    /// <summary>Adds suspicion 1 − ratio for each connected node whose trust is below half the median.</summary>
    public static void Add(UndirectedGraph graph, double[] normalisedTrust, Func<int, string> nameOf, SuspicionAccumulator into)
    {
        var connected = Enumerable.Range(0, graph.NodeCount).Where(v => graph.Degree(v) > 0).ToArray();
        if (connected.Length == 0)
        {
            return;
        }

        var sorted = connected.Select(v => normalisedTrust[v]).Order().ToArray();
        var median = sorted[sorted.Length / 2];
        if (median <= 0)
        {
            return;
        }

        foreach (var v in connected)
        {
            var ratio = normalisedTrust[v] / median;
            if (ratio < 0.5)
            {
                into.Add(nameOf(v), 1 - ratio, string.Create(
                    CultureInfo.InvariantCulture, $"SybilRank degree-normalised trust is {ratio:0.###} of the median"));
            }
        }
    }
}
