namespace SecureMcp.ToolServer.Imaging;

/// <summary>Rasterises a chart to a <see cref="Canvas"/>: grid, axes, bars or lines with markers, legend swatches.</summary>
/// <remarks>The PNG carries no text (there is no font rasteriser); the SVG carries the labels.</remarks>
internal static class RasterChartRenderer
{
    public static Canvas Render(ChartSpec spec)
    {
        var g = new ChartGeometry(spec);
        var canvas = new Canvas(spec.Width, spec.Height, Rgb.White);
        foreach (var tick in g.Ticks())
        {
            var y = (int)Math.Round(g.Y(tick));
            canvas.DrawLine(g.PlotLeft, y, g.PlotRight, y, Rgb.Grid);
        }

        for (var s = 0; s < spec.Series.Count; s++)
        {
            var color = Rgb.Palette[s % Rgb.Palette.Count];
            var values = spec.Series[s].Values;
            (int X, int Y)? previous = null;
            for (var i = 0; i < values.Count; i++)
            {
                if (values[i] is not { } v)
                {
                    previous = null;
                    continue;
                }

                if (spec.Kind == "bar")
                {
                    var (x, y, w, h) = g.Bar(i, s, v);
                    canvas.FillRect((int)Math.Round(x), (int)Math.Round(y), Math.Max(1, (int)Math.Round(w)), Math.Max(1, (int)Math.Round(h)), color);
                    continue;
                }

                var point = ((int)Math.Round(g.X(i)), (int)Math.Round(g.Y(v)));
                if (previous is { } p)
                {
                    canvas.DrawLine(p.X, p.Y, point.Item1, point.Item2, color, 2);
                }

                canvas.FillCircle(point.Item1, point.Item2, 3, color);
                previous = point;
            }

            canvas.FillRect(g.PlotLeft + (s * 120), spec.Height - 18, 10, 10, color);
        }

        var zero = (int)Math.Round(g.Y(Math.Clamp(0, g.YMin, g.YMax)));
        canvas.DrawLine(g.PlotLeft, g.PlotTop, g.PlotLeft, g.PlotBottom, Rgb.Black);
        canvas.DrawLine(g.PlotLeft, zero, g.PlotRight, zero, Rgb.Black);
        return canvas;
    }
}
