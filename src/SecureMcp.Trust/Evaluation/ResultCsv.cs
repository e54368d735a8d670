using System.Globalization;
using System.Text;

namespace SecureMcp.Trust.Evaluation;

/// <summary>Formats results as RFC 4180 CSV: scenario, measured, target, passed, detail.</summary>
internal static class ResultCsv
{
    public static string Format(IReadOnlyList<ScenarioResult> results)
    {
        var sb = new StringBuilder("scenario,measured,target,passed,detail\n");
        foreach (var r in results)
        {
            sb.Append(Quote(r.Scenario)).Append(',')
                .Append(r.Measured.ToString("R", CultureInfo.InvariantCulture)).Append(',')
                .Append(Quote(r.Target)).Append(',')
                .Append(r.Passed ? "true" : "false").Append(',')
                .Append(Quote(r.Detail)).Append('\n');
        }

        return sb.ToString();
    }

    private static string Quote(string s) => "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
