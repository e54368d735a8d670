using System.Collections.Frozen;
using System.Text;

namespace SecureMcp.Inspection.Poisoning;

/// <summary>Letters of other scripts that look like Latin letters, and the "skeleton" of a string with them replaced.</summary>
/// <remarks>A small hand-picked subset of Unicode's confusables: the Cyrillic, Greek and Latin look-alikes used in practice.</remarks>
internal static class Confusables
{
    private static readonly FrozenDictionary<char, char> Map = Build();

    /// <summary>The Latin letter <paramref name="c"/> looks like, if any.</summary>
    public static bool TryGetLatin(char c, out char latin)
    {
        if (c is >= '\uFF21' and <= '\uFF3A')
        {
            latin = (char)('A' + (c - '\uFF21'));
            return true;
        }

        if (c is >= '\uFF41' and <= '\uFF5A')
        {
            latin = (char)('a' + (c - '\uFF41'));
            return true;
        }

        return Map.TryGetValue(c, out latin);
    }

    /// <summary>Replaces every look-alike with the Latin letter it imitates.</summary>
    public static string Skeleton(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(TryGetLatin(c, out var latin) ? latin : c);
        }

        return builder.ToString();
    }

    private static FrozenDictionary<char, char> Build()
    {
        const string cyrillic = "аaвbеeкkмmнhоoрpсcтtуyхxіiјjѕsԁdԛqԝwӏlАAВBЕEКKМMНHОOРPСCТTХXУYІIЈJЅSԜWԚQ";
        const string greek = "αaοoνvρpιiκkτtυuχxΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧX";
        const string latin = "ıiɑaǀlɡgʏyⅰiⅼlℓl";
        var map = new Dictionary<char, char>();
        foreach (var pairs in new[] { cyrillic, greek, latin })
        {
            for (var i = 0; i + 1 < pairs.Length; i += 2)
            {
                map[pairs[i]] = pairs[i + 1];
            }
        }

        return map.ToFrozenDictionary();
    }
}
