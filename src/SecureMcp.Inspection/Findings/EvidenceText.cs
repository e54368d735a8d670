using System.Globalization;
using System.Text;

namespace SecureMcp.Inspection.Findings;

/// <summary>Makes matched text safe to show: invisible characters become <c>\u….</c> escapes and long text is shortened.</summary>
internal static class EvidenceText
{
    public const int MaxLength = 160;

    public static string Of(string text, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        start = Math.Clamp(start, 0, text.Length);
        length = Math.Clamp(length, 0, text.Length - start);
        return Escape(text.AsSpan(start, length));
    }

    public static string Escape(ReadOnlySpan<char> span)
    {
        var builder = new StringBuilder(Math.Min(span.Length, MaxLength) + 8);
        foreach (var c in span)
        {
            if (builder.Length >= MaxLength)
            {
                builder.Append('…');
                break;
            }

            if (c == '\n')
            {
                builder.Append("\\n");
            }
            else if (char.IsControl(c) || char.IsSurrogate(c) || UnicodeCategories.IsInvisible(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
