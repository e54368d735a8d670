using System.Globalization;
using System.Text;
using SecureMcp.Trust.Evaluation;

namespace SecureMcp.Allocation.Evaluation;

/// <summary>Formats results as a plain-text table (scenario, measured, target, pass) and as CSV.</summary>
internal static class EvaluationTable
{
    public static string Format(IReadOnlyList<ScenarioResult> results)
    {
        var rows = results.Select(r => (r.Scenario, Measured: Value(r.Measured), r.Target, Pass: r.Passed ? "PASS" : "FAIL")).ToList();
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

    public static string Csv(IReadOnlyList<ScenarioResult> results)
    {
        var sb = new StringBuilder("scenario,measured,target,passed,detail\n");
        foreach (var r in results)
        {
            sb.Append(Quote(r.Scenario)).Append(',').Append(r.Measured.ToString("R", CultureInfo.InvariantCulture)).Append(',')
                .Append(Quote(r.Target)).Append(',').Append(r.Passed ? "true" : "false").Append(',').Append(Quote(r.Detail)).Append('\n');
        }

        return sb.ToString();
    }

    public static string Value(double v) =>
        v == 0 || (Math.Abs(v) >= 1e-3 && Math.Abs(v) < 1e6)
            ? v.ToString("0.0000", CultureInfo.InvariantCulture)
            : v.ToString("0.00E+0", CultureInfo.InvariantCulture);

    private static string Quote(string s) => "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
