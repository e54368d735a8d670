namespace SecureMcp.Trust.Sybil;

/// <summary>An undirected graph in compressed sparse row form (each edge stored in both directions).</summary>
internal sealed class UndirectedGraph
{
    private UndirectedGraph(int[] start, int[] neighbours)
    {
        Start = start;
        Neighbours = neighbours;
    }

    public int NodeCount => Start.Length - 1;

    public int[] Start { get; }

    public int[] Neighbours { get; }

    public int Degree(int node) => Start[node + 1] - Start[node];

    public static UndirectedGraph FromEdges(int nodeCount, IReadOnlyList<(int A, int B)> edges)
    {
        var start = new int[nodeCount + 1];
        foreach (var (a, b) in edges)
        {
            start[a + 1]++;
            start[b + 1]++;
        }

        for (var i = 0; i < nodeCount; i++)
        {
            start[i + 1] += start[i];
        }

        var fill = (int[])start.Clone();
        var neighbours = new int[start[nodeCount]];
        foreach (var (a, b) in edges)
        {
            neighbours[fill[a]++] = b;
            neighbours[fill[b]++] = a;
        }

        return new UndirectedGraph(start, neighbours);
    }
}
