using System.Globalization;

namespace SecureMcp.Cli.Bench;

/// <summary>Number formatting of the benchmark tables (invariant culture, thousands separators).</summary>
internal static class BenchFormat
{
    public static string Count(double value) => double.IsNaN(value) ? "–" : value.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Micros(double value) => double.IsNaN(value) ? "–" : value.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Signed(double value) => double.IsNaN(value) ? "–" : value.ToString("+#,0;-#,0;0", CultureInfo.InvariantCulture);

    public static string Ratio(double value) => double.IsNaN(value) ? "–" : value.ToString("0.000", CultureInfo.InvariantCulture);

    public static string Fraction(double value) => double.IsNaN(value) ? "–" : value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Mebibytes(long? bytes) => bytes is { } b ? (b / (1024.0 * 1024)).ToString("#,0.0", CultureInfo.InvariantCulture) + " MiB" : "n/a";
}
