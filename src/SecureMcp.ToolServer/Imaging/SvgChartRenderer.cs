using System.Globalization;
using System.Security;
using System.Text;

namespace SecureMcp.ToolServer.Imaging;

/// <summary>Renders a chart as a standalone SVG document with title, axes, tick labels and a legend.</summary>
internal static class SvgChartRenderer
{
    public static string Render(ChartSpec spec)
    {
        var g = new ChartGeometry(spec);
        var svg = new StringBuilder();
        Append(svg, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{spec.Width}\" height=\"{spec.Height}\" viewBox=\"0 0 {spec.Width} {spec.Height}\" font-family=\"sans-serif\" font-size=\"11\">");
        Append(svg, $"<title>{Escape(spec.Title)}</title><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        Append(svg, $"<text x=\"{spec.Width / 2}\" y=\"24\" text-anchor=\"middle\" font-size=\"16\">{Escape(spec.Title)}</text>");
        foreach (var tick in g.Ticks())
        {
            var y = g.Y(tick);
            Append(svg, $"<line x1=\"{g.PlotLeft}\" y1=\"{y:0.##}\" x2=\"{g.PlotRight}\" y2=\"{y:0.##}\" stroke=\"#dcdcdc\"/>");
            Append(svg, $"<text x=\"{g.PlotLeft - 6}\" y=\"{y + 4:0.##}\" text-anchor=\"end\">{tick:G6}</text>");
        }

        for (var i = 0; i < spec.Labels.Count; i++)
        {
            Append(svg, $"<text x=\"{g.X(i):0.##}\" y=\"{g.PlotBottom + 16}\" text-anchor=\"middle\">{Escape(spec.Labels[i])}</text>");
        }

        for (var s = 0; s < spec.Series.Count; s++)
        {
            var color = Rgb.Palette[s % Rgb.Palette.Count].ToHex();
            var values = spec.Series[s].Values;
            if (spec.Kind == "bar")
            {
                for (var i = 0; i < values.Count; i++)
                {
                    if (values[i] is { } v)
                    {
                        var (x, y, w, h) = g.Bar(i, s, v);
                        Append(svg, $"<rect x=\"{x:0.##}\" y=\"{y:0.##}\" width=\"{w:0.##}\" height=\"{h:0.##}\" fill=\"{color}\"><title>{Escape(spec.Labels[i])}: {v:G6}</title></rect>");
                    }
                }
            }
            else
            {
                var points = Enumerable.Range(0, values.Count).Where(i => values[i] is not null)
                    .Select(i => string.Create(CultureInfo.InvariantCulture, $"{g.X(i):0.##},{g.Y(values[i]!.Value):0.##}"));
                Append(svg, $"<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"2\" points=\"{string.Join(' ', points)}\"/>");
            }

            Append(svg, $"<rect x=\"{g.PlotLeft + (s * 120)}\" y=\"{spec.Height - 18}\" width=\"10\" height=\"10\" fill=\"{color}\"/>");
            Append(svg, $"<text x=\"{g.PlotLeft + (s * 120) + 14}\" y=\"{spec.Height - 9}\">{Escape(spec.Series[s].Name)}</text>");
        }

        Append(svg, $"<line x1=\"{g.PlotLeft}\" y1=\"{g.PlotTop}\" x2=\"{g.PlotLeft}\" y2=\"{g.PlotBottom}\" stroke=\"#000000\"/>");
        Append(svg, $"<line x1=\"{g.PlotLeft}\" y1=\"{g.Y(Math.Clamp(0, g.YMin, g.YMax)):0.##}\" x2=\"{g.PlotRight}\" y2=\"{g.Y(Math.Clamp(0, g.YMin, g.YMax)):0.##}\" stroke=\"#000000\"/>");
        return svg.Append("</svg>").ToString();
    }

    private static void Append(StringBuilder svg, FormattableString text) => svg.Append(text.ToString(CultureInfo.InvariantCulture));

    private static string Escape(string text) => SecurityElement.Escape(text) ?? string.Empty;
}
