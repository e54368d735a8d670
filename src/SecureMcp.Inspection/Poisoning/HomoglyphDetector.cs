using SecureMcp.Core.Events;
using SecureMcp.Inspection.Findings;
using SecureMcp.Inspection.Text;

namespace SecureMcp.Inspection.Poisoning;

/// <summary>Finds look-alike letters: non-ASCII letters in tool or parameter names, and words mixing Latin with look-alikes.</summary>
/// <remarks>A name whose skeleton equals another visible tool's name impersonates that tool and is CRITICAL.</remarks>
internal sealed class HomoglyphDetector : IToolDetector
{
    public string Id => DetectorIds.Homoglyph;

    public void Inspect(ToolTextItem item, ToolScanContext context, List<Finding> findings)
    {
        if (item.Kind is ToolTextKind.Name or ToolTextKind.ParameterName)
        {
            InspectIdentifier(item, context, findings);
        }
        else
        {
            InspectWords(item, findings);
        }
    }

    private void InspectIdentifier(ToolTextItem item, ToolScanContext context, List<Finding> findings)
    {
        var first = -1;
        for (var i = 0; i < item.Text.Length; i++)
        {
            if (item.Text[i] > '\u007F' && (char.IsLetterOrDigit(item.Text[i]) || Confusables.TryGetLatin(item.Text[i], out _)))
            {
                first = i;
                break;
            }
        }

        if (first < 0)
        {
            return;
        }

        var skeleton = Confusables.Skeleton(item.Text);
        var impersonated = item.Kind == ToolTextKind.Name && !skeleton.Equals(item.Text, StringComparison.Ordinal) &&
                           context.ToolServers.ContainsKey(skeleton);
        findings.Add(new Finding(Id, impersonated ? SecuritySeverity.Critical : SecuritySeverity.High, item.Location, first, item.Text.Length - first,
            impersonated
                ? $"name uses look-alike letters and reads as the existing tool '{skeleton}' (impersonation)"
                : $"identifier contains non-ASCII letter U+{(int)item.Text[first]:X4}; it reads as '{skeleton}'",
            EvidenceText.Of(item.Text, 0, item.Text.Length)));
    }

    private void InspectWords(ToolTextItem item, List<Finding> findings)
    {
        var text = item.Text;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            bool ascii = false, lookAlike = false;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                var c = text[i];
                if (c <= '\u007F')
                {
                    ascii = true;
                }
                else if (Confusables.TryGetLatin(c, out _))
                {
                    lookAlike = true;
                }

                i++;
            }

            if (ascii && lookAlike)
            {
                var word = text[start..i];
                findings.Add(new Finding(Id, SecuritySeverity.High, item.Location, start, i - start,
                    $"word mixes Latin letters with look-alikes from another script; it reads as '{Confusables.Skeleton(word)}'",
                    EvidenceText.Of(text, start, i - start)));
            }
        }
    }
}
