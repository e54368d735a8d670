namespace SecureMcp.Inspection.Text;

/// <summary>The time limit of every inspection pattern.</summary>
/// <remarks>
/// The limit stops catastrophic backtracking on hostile text (a scan that runs out of time fails closed, as a HIGH
/// finding). .NET measures it in wall-clock time, so on a CPU-starved host a 100 ms limit also fired for ordinary text
/// that merely waited for a core, and legitimate results were withheld. 500 ms keeps the worst case of one scan bounded
/// while leaving room for a busy machine; the patterns' normal cost is microseconds (docs/benchmarks.md).
/// </remarks>
internal static class RegexLimits
{
    /// <summary>Milliseconds one pattern may run over one text.</summary>
    public const int MatchTimeoutMilliseconds = 500;
}
