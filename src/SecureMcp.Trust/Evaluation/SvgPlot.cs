using System.Globalization;
using System.Net;
using System.Text;

namespace SecureMcp.Trust.Evaluation;

/// <summary>A hand-written SVG line chart: values in [0, 1] against the step index, one colour per series.</summary>
internal static class SvgPlot
{
    private const int Width = 800;
    private const int Height = 420;
    private const int Left = 60;
    private const int Right = 20;
    private const int Top = 40;
    private const int Bottom = 50;
    private static readonly string[] Colours = ["#d62728", "#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd"];

    public static string Render(string title, IReadOnlyList<TimeSeries> series)
    {
        var steps = Math.Max(2, series.Count == 0 ? 2 : series.Max(s => s.Values.Count));
        var plotW = Width - Left - Right;
        var plotH = Height - Top - Bottom;
        double X(int i) => Left + (plotW * i / (double)(steps - 1));
        double Y(double v) => Top + (plotH * (1 - Math.Clamp(v, 0, 1)));
        var sb = new StringBuilder();
        sb.Append(Fmt($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"sans-serif\" font-size=\"12\">\n"));
        sb.Append(Fmt($"<rect width=\"{Width}\" height=\"{Height}\" fill=\"white\"/>\n"));
        sb.Append(Fmt($"<text x=\"{Width / 2}\" y=\"22\" text-anchor=\"middle\" font-size=\"15\">{WebUtility.HtmlEncode(title)}</text>\n"));
        for (var tick = 0; tick <= 4; tick++)
        {
            var v = tick / 4.0;
            sb.Append(Fmt($"<line x1=\"{Left}\" y1=\"{Y(v):0.#}\" x2=\"{Width - Right}\" y2=\"{Y(v):0.#}\" stroke=\"#ddd\"/>\n"));
            sb.Append(Fmt($"<text x=\"{Left - 8}\" y=\"{Y(v) + 4:0.#}\" text-anchor=\"end\">{v:0.00}</text>\n"));
        }

        sb.Append(Fmt($"<line x1=\"{Left}\" y1=\"{Y(0.5):0.#}\" x2=\"{Width - Right}\" y2=\"{Y(0.5):0.#}\" stroke=\"#999\" stroke-dasharray=\"4 4\"/>\n"));
        for (var tick = 0; tick <= 5; tick++)
        {
            var i = (steps - 1) * tick / 5;
            sb.Append(Fmt($"<text x=\"{X(i):0.#}\" y=\"{Height - Bottom + 18}\" text-anchor=\"middle\">{i}</text>\n"));
        }

        sb.Append(Fmt($"<text x=\"{Left + (plotW / 2)}\" y=\"{Height - 12}\" text-anchor=\"middle\">interaction</text>\n"));
        sb.Append(Fmt($"<rect x=\"{Left}\" y=\"{Top}\" width=\"{plotW}\" height=\"{plotH}\" fill=\"none\" stroke=\"#333\"/>\n"));
        for (var s = 0; s < series.Count; s++)
        {
            var colour = Colours[s % Colours.Length];
            var points = string.Join(' ', series[s].Values.Select((v, i) => Fmt($"{X(i):0.##},{Y(v):0.##}")));
            sb.Append(Fmt($"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.8\" points=\"{points}\"/>\n"));
            // Legend in the lower-left corner, where trust curves of interest rarely go.
            var ly = Top + plotH - 10 - ((series.Count - 1 - s) * 16);
            sb.Append(Fmt($"<line x1=\"{Left + 10}\" y1=\"{ly - 4}\" x2=\"{Left + 30}\" y2=\"{ly - 4}\" stroke=\"{colour}\" stroke-width=\"3\"/>\n"));
            sb.Append(Fmt($"<text x=\"{Left + 36}\" y=\"{ly}\">{WebUtility.HtmlEncode(series[s].Name)}</text>\n"));
        }

        sb.Append("</svg>\n");
        return sb.ToString();
    }

    private static string Fmt(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
