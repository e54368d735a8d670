namespace SecureMcp.Trust.Propagation;

/// <summary>Row-normalised local trust C in compressed sparse row form: row i holds c_ij for the peers i trusts.</summary>
/// <remarks>
/// A row may sum to less than one (a peer with no positive experience, or ring trust removed by the cap);
/// the missing mass is handed to the pre-trusted distribution, as EigenTrust does for peers without opinions.
/// </remarks>
internal sealed class SparseTrustMatrix
{
    public SparseTrustMatrix(int[] rowStart, int[] columns, double[] values)
    {
        RowStart = rowStart;
        Columns = columns;
        Values = values;
        RowDeficit = new double[rowStart.Length - 1];
        for (var i = 0; i < RowDeficit.Length; i++)
        {
            double sum = 0;
            for (var k = rowStart[i]; k < rowStart[i + 1]; k++)
            {
                sum += values[k];
            }

            RowDeficit[i] = Math.Max(0, 1 - sum);
        }
    }

    public int NodeCount => RowStart.Length - 1;

    public int EdgeCount => Columns.Length;

    public int[] RowStart { get; }

    public int[] Columns { get; }

    public double[] Values { get; }

    /// <summary>1 − Σ_j c_ij per row.</summary>
    public double[] RowDeficit { get; }

    /// <summary>Builds a matrix from raw non-negative weights per row, normalising each row to sum to one.</summary>
    public static SparseTrustMatrix FromWeights(int nodeCount, IReadOnlyList<(int From, int To, double Weight)> edges)
    {
        var counts = new int[nodeCount + 1];
        var rowSums = new double[nodeCount];
        foreach (var (from, _, w) in edges)
        {
            if (w > 0)
            {
                counts[from + 1]++;
                rowSums[from] += w;
            }
        }

        for (var i = 0; i < nodeCount; i++)
        {
            counts[i + 1] += counts[i];
        }

        var cols = new int[counts[nodeCount]];
        var vals = new double[cols.Length];
        var fill = (int[])counts.Clone();
        foreach (var (from, to, w) in edges)
        {
            if (w > 0)
            {
                var k = fill[from]++;
                cols[k] = to;
                vals[k] = w / rowSums[from];
            }
        }

        return new SparseTrustMatrix(counts, cols, vals);
    }
}
