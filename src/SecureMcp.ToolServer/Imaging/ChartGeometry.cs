namespace SecureMcp.ToolServer.Imaging;

/// <summary>Maps chart values to pixel positions; shared by the SVG and PNG renderers so both agree.</summary>
internal sealed class ChartGeometry
{
    public const int Left = 60;
    public const int Right = 20;
    public const int Top = 40;
    public const int Bottom = 50;

    private readonly ChartSpec _spec;

    public ChartGeometry(ChartSpec spec)
    {
        _spec = spec;
        var values = spec.Series.SelectMany(s => s.Values).OfType<double>().ToList();
        var min = Math.Min(0, values.Count == 0 ? 0 : values.Min());
        var max = Math.Max(0, values.Count == 0 ? 1 : values.Max());
        Step = NiceStep((max - min) / 5);
        YMin = Math.Floor(min / Step) * Step;
        YMax = Math.Ceiling(max / Step) * Step;
        if (YMax <= YMin)
        {
            YMax = YMin + Step;
        }
    }

    public double YMin { get; }

    public double YMax { get; }

    public double Step { get; }

    public int PlotLeft => Left;

    public int PlotRight => _spec.Width - Right;

    public int PlotTop => Top;

    public int PlotBottom => _spec.Height - Bottom;

    public IEnumerable<double> Ticks()
    {
        for (var v = YMin; v <= YMax + (Step / 2); v += Step)
        {
            yield return Math.Round(v / Step) * Step;
        }
    }

    public double Y(double value) => PlotBottom - ((value - YMin) / (YMax - YMin) * (PlotBottom - PlotTop));

    /// <summary>The x centre of category <paramref name="index"/>.</summary>
    public double X(int index)
    {
        var n = _spec.Labels.Count;
        var band = (double)(PlotRight - PlotLeft) / n;
        return _spec.Kind == "line" && n > 1
            ? PlotLeft + (band / 2) + (index * (PlotRight - PlotLeft - band) / (n - 1))
            : PlotLeft + (band * (index + 0.5));
    }

    /// <summary>The bar of series <paramref name="series"/> at category <paramref name="index"/>, as x, y, width, height.</summary>
    public (double X, double Y, double Width, double Height) Bar(int index, int series, double value)
    {
        var band = (double)(PlotRight - PlotLeft) / _spec.Labels.Count;
        var width = band * 0.8 / _spec.Series.Count;
        var x = X(index) - (band * 0.4) + (series * width);
        var zero = Y(Math.Clamp(0, YMin, YMax));
        var top = Y(value);
        return (x, Math.Min(top, zero), width, Math.Abs(zero - top));
    }

    private static double NiceStep(double rough)
    {
        if (rough <= 0 || !double.IsFinite(rough))
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / magnitude;
        return magnitude * (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10);
    }
}
