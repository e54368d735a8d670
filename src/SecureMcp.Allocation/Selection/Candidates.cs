namespace SecureMcp.Allocation.Selection;

/// <summary>Reusable per-decision buffers, one slot per scored candidate.</summary>
internal sealed class Candidates(int capacity)
{
    public int Capacity { get; } = capacity;

    public double[] Trust { get; } = new double[capacity];

    public double[] RawTrust { get; } = new double[capacity];

    public double[] Predicted { get; } = new double[capacity];

    public double[] Credibility { get; } = new double[capacity];

    public double[] Load { get; } = new double[capacity];

    public double[] Score { get; } = new double[capacity];

    public double[] Weight { get; } = new double[capacity];

    public double[] Probability { get; } = new double[capacity];

    public bool[] Newcomer { get; } = new bool[capacity];
}
