namespace SecureMcp.Allocation.Balancing;

/// <summary>Power of d choices: among the drawn candidates take the least loaded (load ÷ cap), then the higher score.</summary>
/// <remarks>Mitzenmacher (2001): two random choices instead of one cut the maximum load from Θ(log n / log log n) to Θ(log log n).</remarks>
internal static class PowerOfChoices
{
    public static int Pick(ReadOnlySpan<int> drawn, ReadOnlySpan<double> loadRatio, ReadOnlySpan<double> score)
    {
        var best = drawn[0];
        for (var i = 1; i < drawn.Length; i++)
        {
            var c = drawn[i];
            if (loadRatio[c] < loadRatio[best] || (loadRatio[c] == loadRatio[best] && score[c] > score[best]))
            {
                best = c;
            }
        }

        return best;
    }
}
