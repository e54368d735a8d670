using System.Globalization;

namespace SecureMcp.Trust.Evaluation;

/// <summary>EigenTrust with 70% malicious peers, independent and as a collective.</summary>
internal static class EigenTrustScenario
{
    public const double TargetBadShare = 0.12;
    public const double TargetCollectiveGap = 0.02;

    public static double BadShare(ScenarioSizes sizes, bool collective, int seed)
    {
        double sum = 0;
        for (var trial = 0; trial < sizes.EigenTrustTrials; trial++)
        {
            sum += new EigenTrustSimulation(sizes.EigenTrustPeers, 3, 0.7, collective, seed + trial).Run(sizes.EigenTrustCycles);
        }

        return sum / sizes.EigenTrustTrials;
    }

    public static IReadOnlyList<ScenarioResult> Run(ScenarioSizes sizes, int seed)
    {
        var independent = BadShare(sizes, collective: false, seed);
        var collective = BadShare(sizes, collective: true, seed);
        var detail = string.Create(
            CultureInfo.InvariantCulture,
            $"{sizes.EigenTrustPeers} peers, 3 pre-trusted, {sizes.EigenTrustCycles} cycles × {sizes.EigenTrustTrials} trials, first 5 cycles warm-up");
        return
        [
            new ScenarioResult("EigenTrust, 70% independent malicious: bad interactions", independent, "≤ 0.12", independent <= TargetBadShare, detail),
            new ScenarioResult(
                "EigenTrust, 70% malicious collective: bad interactions",
                collective,
                string.Create(CultureInfo.InvariantCulture, $"≤ independent + 0.02 ({independent + TargetCollectiveGap:0.000})"),
                collective <= independent + TargetCollectiveGap,
                detail),
        ];
    }
}
