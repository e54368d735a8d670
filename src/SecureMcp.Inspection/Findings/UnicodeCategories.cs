namespace SecureMcp.Inspection.Findings;

/// <summary>Classifies characters that render as nothing or reorder text.</summary>
internal static class UnicodeCategories
{
    /// <summary>Zero-width, joiner, word-joiner, soft hyphen, byte-order-mark and similar invisible characters.</summary>
    public static bool IsInvisible(char c) => c is
        '\u00AD' or '\u034F' or '\u061C' or '\u115F' or '\u1160' or '\u17B4' or '\u17B5' or '\u180E'
        or (>= '\u200B' and <= '\u200F') or (>= '\u2060' and <= '\u2064') or '\u3164' or '\uFEFF' or '\uFFA0'
        or (>= '\uFE00' and <= '\uFE0F') || IsBidi(c);

    /// <summary>Bidirectional embedding, override and isolate controls (Trojan Source).</summary>
    public static bool IsBidi(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>True for a code point in the Tags block (U+E0000–U+E007F), which smuggles invisible ASCII.</summary>
    public static bool IsTag(int codePoint) => codePoint is >= 0xE0000 and <= 0xE007F;

    /// <summary>True for supplementary variation selectors (U+E0100–U+E01EF), also used to hide bytes.</summary>
    public static bool IsSupplementaryVariationSelector(int codePoint) => codePoint is >= 0xE0100 and <= 0xE01EF;
}
