namespace SecureMcp.Inspection.Results;

/// <summary>Finds stretches of digits and number separators with at least a given number of digits, so phone and card patterns run only there.</summary>
internal static class DigitClusters
{
    public static List<(int Start, int Length)> Find(string text, int minDigits)
    {
        var found = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsAsciiDigit(c) && c is not ('+' or '('))
            {
                i++;
                continue;
            }

            var start = i;
            var digits = 0;
            var lastDigit = i;
            while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] is ' ' or '-' or '.' or '(' or ')' or '+'))
            {
                if (char.IsAsciiDigit(text[i]))
                {
                    digits++;
                    lastDigit = i;
                }

                i++;
            }

            if (digits >= minDigits)
            {
                found.Add((start, lastDigit - start + 1));
            }

            i = Math.Max(i, start + 1);
        }

        return found;
    }
}
