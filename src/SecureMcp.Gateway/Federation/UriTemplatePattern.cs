using System.Text;
using System.Text.RegularExpressions;

namespace SecureMcp.Gateway.Federation;

/// <summary>Turns an RFC 6570 URI template into a regular expression that matches the URIs it can expand to.</summary>
/// <remarks>Covers the expressions MCP servers use: <c>{var}</c>, <c>{+var}</c>, <c>{#var}</c>, <c>{/var}</c>, <c>{?a,b}</c>.</remarks>
internal static class UriTemplatePattern
{
    public static Regex Compile(string template)
    {
        var pattern = new StringBuilder("^");
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            if (open < 0)
            {
                pattern.Append(Regex.Escape(template[position..]));
                break;
            }

            pattern.Append(Regex.Escape(template[position..open]));
            var close = template.IndexOf('}', open);
            if (close < 0)
            {
                pattern.Append(Regex.Escape(template[open..]));
                break;
            }

            var expression = template[(open + 1)..close];
            pattern.Append(expression.Length > 0 ? expression[0] switch
            {
                '+' or '#' => ".*",
                '/' => "(/[^/?#]*)*",
                '?' or '&' => @"([?&][^#]*)?",
                _ => "[^/?#]*",
            } : string.Empty);
            position = close + 1;
        }

        pattern.Append('$');
        return new Regex(pattern.ToString(), RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50));
    }
}
