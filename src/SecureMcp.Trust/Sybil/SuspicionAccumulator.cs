namespace SecureMcp.Trust.Sybil;

/// <summary>Collects signals per identity and combines them by noisy-or: 1 − Π(1 − wᵢ).</summary>
internal sealed class SuspicionAccumulator
{
    private readonly Dictionary<string, (double NotSuspicious, List<string> Reasons)> _byIdentity = new(StringComparer.Ordinal);

    public void Add(string identity, double weight, string reason)
    {
        if (!_byIdentity.TryGetValue(identity, out var entry))
        {
            entry = (1.0, []);
        }

        entry.Reasons.Add(reason);
        _byIdentity[identity] = (entry.NotSuspicious * (1 - Math.Clamp(weight, 0, 1)), entry.Reasons);
    }

    public IReadOnlyList<SybilSuspicion> Results() =>
        [.. _byIdentity
            .Select(kv => new SybilSuspicion(kv.Key, 1 - kv.Value.NotSuspicious, kv.Value.Reasons))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Identity, StringComparer.Ordinal)];
}
