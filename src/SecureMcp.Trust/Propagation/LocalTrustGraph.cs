namespace SecureMcp.Trust.Propagation;

/// <summary>Sparse record of who was satisfied by whom: per directed pair, satisfied and unsatisfied counts.</summary>
/// <remarks>Updated on every peer observation (cheap); turned into a <see cref="SparseTrustMatrix"/> on a schedule.</remarks>
internal sealed class LocalTrustGraph
{
    private readonly List<Dictionary<int, EdgeCounts>> _out = [];

    public NodeIndex Nodes { get; } = new();

    public int EdgeCount { get; private set; }

    public void Record(string from, string to, bool satisfied, double weight = 1.0)
    {
        var i = Nodes.GetOrAdd(from);
        var j = Nodes.GetOrAdd(to);
        Record(i, j, satisfied, weight);
    }

    public void Record(int from, int to, bool satisfied, double weight = 1.0)
    {
        EnsureNode(Math.Max(from, to));
        var row = _out[from];
        row.TryGetValue(to, out var c);
        if (c.Satisfied == 0 && c.Unsatisfied == 0)
        {
            EdgeCount++;
        }

        row[to] = satisfied ? c with { Satisfied = c.Satisfied + weight } : c with { Unsatisfied = c.Unsatisfied + weight };
    }

    public void EnsureNode(int id)
    {
        while (_out.Count <= id)
        {
            _out.Add([]);
        }

        while (Nodes.Count <= id)
        {
            Nodes.GetOrAdd("#" + Nodes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    public int NodeCount => _out.Count;

    public IReadOnlyDictionary<int, EdgeCounts> OutEdges(int node) => _out[node];

    /// <summary>
    /// Normalised local trust: s_ij = max(sat − unsat, 0), c_ij = s_ij / Σ_j s_ij. Edges between members of the same
    /// ring (same non-negative ring id) are then multiplied by <paramref name="ringCap"/>; the removed mass goes to the seeds.
    /// </summary>
    public SparseTrustMatrix BuildMatrix(IReadOnlyList<int>? ringOf = null, double ringCap = 1.0)
    {
        var n = _out.Count;
        var rowStart = new int[n + 1];
        var cols = new List<int>(EdgeCount);
        var vals = new List<double>(EdgeCount);
        for (var i = 0; i < n; i++)
        {
            double sum = 0;
            foreach (var (_, c) in _out[i])
            {
                sum += Math.Max(c.Satisfied - c.Unsatisfied, 0);
            }

            if (sum > 0)
            {
                foreach (var (j, c) in _out[i])
                {
                    var s = Math.Max(c.Satisfied - c.Unsatisfied, 0);
                    if (s <= 0)
                    {
                        continue;
                    }

                    var v = s / sum;
                    if (ringOf is not null && ringOf[i] >= 0 && ringOf[i] == ringOf[j])
                    {
                        v *= ringCap;
                    }

                    if (v > 0)
                    {
                        cols.Add(j);
                        vals.Add(v);
                    }
                }
            }

            rowStart[i + 1] = cols.Count;
        }

        return new SparseTrustMatrix(rowStart, [.. cols], [.. vals]);
    }
}
