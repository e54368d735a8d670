using System.Globalization;
using SecureMcp.Trust.Direct;

namespace SecureMcp.Trust.Evaluation;

/// <summary>Exact checks of the published formulas: E(8,2), the opinion of (8,2), discounting and cumulative fusion.</summary>
internal static class FormulaChecksScenario
{
    public const double Tolerance = 1e-9;

    public static IReadOnlyList<(string Check, double Expected, double Actual)> Checks()
    {
        var checks = new List<(string, double, double)>();
        var e82 = new BetaEvidence(8, 2);
        checks.Add(("E(8,2) = (8+1)/(8+2+2)", 0.75, e82.Expected));

        var o = Opinion.FromEvidence(e82, 0.5, 2);
        checks.Add(("opinion(8,2).b = 8/12", 8.0 / 12, o.Belief));
        checks.Add(("opinion(8,2).d = 2/12", 2.0 / 12, o.Disbelief));
        checks.Add(("opinion(8,2).u = 2/12", 2.0 / 12, o.Uncertainty));
        checks.Add(("opinion(8,2).E = b + a·u", 0.75, o.Expected));

        // Discounting ωA:B = (0.7, 0.1, 0.2) of ωB:x = (0.6, 0.2, 0.2, 0.5): b = 0.42, d = 0.14, u = 0.1 + 0.2 + 0.7·0.2 = 0.44.
        var discounted = SubjectiveLogic.Discount(new Opinion(0.7, 0.1, 0.2, 0.5), new Opinion(0.6, 0.2, 0.2, 0.5));
        checks.Add(("discount b = bA·bB", 0.42, discounted.Belief));
        checks.Add(("discount d = bA·dB", 0.14, discounted.Disbelief));
        checks.Add(("discount u = dA + uA + bA·uB", 0.44, discounted.Uncertainty));

        // Cumulative fusion equals adding evidence: (8,2) ⊕ (4,6) = (12,8).
        var fused = SubjectiveLogic.CumulativeFuse(o, Opinion.FromEvidence(new BetaEvidence(4, 6)));
        var sum = Opinion.FromEvidence(new BetaEvidence(12, 8));
        checks.Add(("fusion (8,2)⊕(4,6) b = 12/22", sum.Belief, fused.Belief));
        checks.Add(("fusion (8,2)⊕(4,6) d = 8/22", sum.Disbelief, fused.Disbelief));
        checks.Add(("fusion (8,2)⊕(4,6) u = 2/22", sum.Uncertainty, fused.Uncertainty));

        // Fusion with a vacuous opinion is the identity.
        var identity = SubjectiveLogic.CumulativeFuse(o, Opinion.Vacuous(0.5));
        checks.Add(("fusion with vacuous keeps b", o.Belief, identity.Belief));
        return checks;
    }

    public static ScenarioResult Run()
    {
        var checks = Checks();
        var worst = checks.Max(c => Math.Abs(c.Expected - c.Actual));
        return new ScenarioResult(
            "formula checks (E, opinion, discounting, fusion)",
            worst,
            "max error ≤ 1e-9",
            worst <= Tolerance,
            string.Create(CultureInfo.InvariantCulture, $"{checks.Count} checks"));
    }
}
