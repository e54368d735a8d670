using System.Buffers;

namespace SecureMcp.Inspection.Text;

/// <summary>Keyword prefilters: a regex runs only when the text contains one of its anchor words (vectorized search).</summary>
/// <remarks>Most text matches no rule, so skipping the regex is what keeps inspection within its microsecond budget.</remarks>
internal static class Anchors
{
    public static SearchValues<string> Of(params string[] words) => SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);

    public static bool In(string text, SearchValues<string> anchors) => text.AsSpan().ContainsAny(anchors);
}
