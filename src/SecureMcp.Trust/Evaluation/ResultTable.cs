using System.Globalization;
using System.Text;

namespace SecureMcp.Trust.Evaluation;

/// <summary>Formats results as a plain-text table: scenario, measured, target, pass.</summary>
internal static class ResultTable
{
    public static string Format(IReadOnlyList<ScenarioResult> results)
    {
        var rows = results.Select(r => (r.Scenario, Measured: FormatValue(r.Measured), r.Target, Pass: r.Passed ? "PASS" : "FAIL")).ToList();
        var w1 = Math.Max("scenario".Length, rows.Max(r => r.Scenario.Length));
        var w2 = Math.Max("measured".Length, rows.Max(r => r.Measured.Length));
        var w3 = Math.Max("target".Length, rows.Max(r => r.Target.Length));
        var sb = new StringBuilder();
        void Line(string a, string b, string c, string d) =>
            sb.Append(a.PadRight(w1)).Append("  ").Append(b.PadLeft(w2)).Append("  ").Append(c.PadRight(w3)).Append("  ").Append(d).Append('\n');
        Line("scenario", "measured", "target", "pass");
        Line(new string('-', w1), new string('-', w2), new string('-', w3), "----");
        foreach (var r in rows)
        {
            Line(r.Scenario, r.Measured, r.Target, r.Pass);
        }

        return sb.ToString();
    }

    public static string FormatValue(double v) =>
        v == 0 || (Math.Abs(v) >= 1e-3 && Math.Abs(v) < 1e6)
            ? v.ToString("0.0000", CultureInfo.InvariantCulture)
            : v.ToString("0.00E+0", CultureInfo.InvariantCulture);
}
