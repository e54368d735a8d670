namespace SecureMcp.Allocation.Selection;

/// <summary>Interns capability names to small integers so "holds every capability" is a bitset test.</summary>
internal sealed class CapabilitySet
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];
    private readonly Lock _gate = new();

    private int _count;

    /// <summary>Interned capabilities so far; read without the lock (it only grows).</summary>
    public int Count => Volatile.Read(ref _count);

    public int Intern(string capability)
    {
        lock (_gate)
        {
            if (!_ids.TryGetValue(capability, out var id))
            {
                id = _names.Count;
                _ids[capability] = id;
                _names.Add(capability);
                Volatile.Write(ref _count, _names.Count);
            }

            return id;
        }
    }

    public string Name(int id)
    {
        lock (_gate)
        {
            return _names[id];
        }
    }

    public int[] InternAll(IEnumerable<string> capabilities) => [.. capabilities.Distinct(StringComparer.Ordinal).Select(Intern)];

    public static ulong[] ToBits(int[] ids)
    {
        var bits = new ulong[ids.Length == 0 ? 0 : (ids.Max() / 64) + 1];
        foreach (var id in ids)
        {
            bits[id / 64] |= 1UL << (id % 64);
        }

        return bits;
    }

    /// <summary>True when <paramref name="held"/> contains every bit of <paramref name="required"/>.</summary>
    public static bool ContainsAll(ulong[] held, ulong[] required)
    {
        for (var w = 0; w < required.Length; w++)
        {
            var h = w < held.Length ? held[w] : 0;
            if ((h & required[w]) != required[w])
            {
                return false;
            }
        }

        return true;
    }
}
