using SecureMcp.Trust.Config;
using SecureMcp.Trust.Propagation;

namespace SecureMcp.Trust.Collusion;

/// <summary>Finds collusion rings in the rating graph: dense groups of mutual high ratings with little rating outside.</summary>
/// <remarks>
/// 1. Keep mutual high-rating pairs (both directions rated positively above the threshold).
/// 2. Take connected components of that mutual graph.
/// 3. Peel members whose share of rating weight inside the component is below the minimum, then re-split, until stable.
/// 4. Report components that are large and dense enough.
/// Honest agents that rate widely have a low inside share and are peeled, which keeps false positives down.
/// </remarks>
internal sealed class CollusionDetector(CollusionOptions options)
{
    public IReadOnlyList<int[]> Detect(LocalTrustGraph graph, out int[] ringOf)
    {
        var n = graph.NodeCount;
        var mutual = new List<int>[n];
        for (var i = 0; i < n; i++)
        {
            mutual[i] = [];
        }

        for (var i = 0; i < n; i++)
        {
            foreach (var (j, c) in graph.OutEdges(i))
            {
                if (j > i && IsHigh(c) && graph.OutEdges(j).TryGetValue(i, out var back) && IsHigh(back))
                {
                    mutual[i].Add(j);
                    mutual[j].Add(i);
                }
            }
        }

        var alive = new bool[n];
        for (var i = 0; i < n; i++)
        {
            alive[i] = mutual[i].Count > 0;
        }

        var rings = new List<int[]>();
        ringOf = new int[n];
        Array.Fill(ringOf, -1);
        var changed = true;
        List<int[]> components = [];
        while (changed)
        {
            changed = false;
            components = Components(mutual, alive);
            foreach (var component in components)
            {
                if (component.Length < options.MinRingSize)
                {
                    foreach (var m in component)
                    {
                        alive[m] = false;
                    }

                    continue;
                }

                var set = new HashSet<int>(component);
                foreach (var m in component)
                {
                    if (InsideShare(graph, m, set) < options.MinInsideShare)
                    {
                        alive[m] = false;
                        changed = true;
                    }
                }
            }
        }

        foreach (var component in components.Where(c => c.Length >= options.MinRingSize && c.All(m => alive[m])))
        {
            var set = new HashSet<int>(component);
            if (Density(mutual, component, set) < options.MinDensity)
            {
                continue;
            }

            foreach (var m in component)
            {
                ringOf[m] = rings.Count;
            }

            rings.Add(component);
        }

        return rings;
    }

    public static double InsideShare(LocalTrustGraph graph, int member, HashSet<int> group)
    {
        double inside = 0, total = 0;
        foreach (var (j, c) in graph.OutEdges(member))
        {
            total += c.Total;
            if (group.Contains(j))
            {
                inside += c.Total;
            }
        }

        return total > 0 ? inside / total : 0;
    }

    public static double Density(List<int>[] mutual, int[] component, HashSet<int> set)
    {
        long edges = 0;
        foreach (var m in component)
        {
            edges += mutual[m].Count(set.Contains);
        }

        var pairs = (double)component.Length * (component.Length - 1);
        return pairs > 0 ? edges / pairs : 0;
    }

    private bool IsHigh(EdgeCounts c) => c.Total > 0 && c.PositiveShare >= options.HighRatingThreshold;

    private static List<int[]> Components(List<int>[] mutual, bool[] alive)
    {
        var seen = new bool[mutual.Length];
        var result = new List<int[]>();
        var stack = new Stack<int>();
        for (var s = 0; s < mutual.Length; s++)
        {
            if (!alive[s] || seen[s])
            {
                continue;
            }

            var component = new List<int>();
            seen[s] = true;
            stack.Push(s);
            while (stack.Count > 0)
            {
                var v = stack.Pop();
                component.Add(v);
                foreach (var w in mutual[v])
                {
                    if (alive[w] && !seen[w])
                    {
                        seen[w] = true;
                        stack.Push(w);
                    }
                }
            }

            component.Sort();
            result.Add([.. component]);
        }

        return result;
    }
}
