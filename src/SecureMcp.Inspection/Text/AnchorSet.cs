using System.Buffers;
using System.Collections.Frozen;

namespace SecureMcp.Inspection.Text;

/// <summary>Several anchor-word sets checked in one pass: returns a bit mask of the sets with a word present in the text.</summary>
/// <remarks>
/// One vectorized search for any anchor, then, at each hit, only the words starting with that character are compared.
/// This replaces one full scan of the text per rule, which dominated the cost of inspecting a 4 KB result.
/// </remarks>
internal sealed class AnchorSet
{
    private readonly SearchValues<string> _any;
    private readonly FrozenDictionary<char, (string Word, ulong Mask)[]> _byFirst;
    private readonly SearchValues<char> _chars;
    private readonly FrozenDictionary<char, ulong> _charMasks;

    /// <param name="sets">Up to 64 sets of words (case-insensitive); set <c>i</c> is bit <c>1UL &lt;&lt; i</c>.</param>
    public AnchorSet(IReadOnlyList<string[]> sets)
    {
        if (sets.Count > 64)
        {
            throw new ArgumentOutOfRangeException(nameof(sets), "at most 64 anchor sets");
        }

        var masks = new Dictionary<string, ulong>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < sets.Count; i++)
        {
            foreach (var word in sets[i])
            {
                masks[word] = masks.GetValueOrDefault(word) | (1UL << i);
            }
        }

        // Single characters get their own vectorized char search: mixed into the string search they force a slow path.
        var single = masks.Where(p => p.Key.Length == 1).ToDictionary(p => p.Key[0], p => p.Value);
        _chars = SearchValues.Create([.. single.Keys]);
        _charMasks = single.ToFrozenDictionary();
        _any = SearchValues.Create([.. masks.Keys.Where(k => k.Length > 1)], StringComparison.OrdinalIgnoreCase);
        _byFirst = masks.Where(p => p.Key.Length > 1)
            .GroupBy(p => char.ToLowerInvariant(p.Key[0]))
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => (p.Key, p.Value)).ToArray());
    }

    /// <summary>The bit mask of sets with at least one word in <paramref name="text"/>.</summary>
    public ulong Present(ReadOnlySpan<char> text)
    {
        ulong mask = 0;
        var at = 0;
        while (_charMasks.Count > 0 && at < text.Length)
        {
            var hit = text[at..].IndexOfAny(_chars);
            if (hit < 0)
            {
                break;
            }

            at += hit;
            mask |= _charMasks[text[at]];
            at++;
        }

        var position = 0;
        while (position < text.Length)
        {
            var hit = text[position..].IndexOfAny(_any);
            if (hit < 0)
            {
                break;
            }

            position += hit;
            var rest = text[position..];
            if (_byFirst.TryGetValue(char.ToLowerInvariant(rest[0]), out var words))
            {
                foreach (var (word, wordMask) in words)
                {
                    if ((mask & wordMask) != wordMask && rest.StartsWith(word, StringComparison.OrdinalIgnoreCase))
                    {
                        mask |= wordMask;
                    }
                }
            }

            position++;
        }

        return mask;
    }
}
