namespace SecureMcp.Trust.Witness;

/// <summary>CDF and quantiles of the Beta distribution, needed by the quantile filter.</summary>
/// <remarks>
/// Hand-written because the registry mirror's packages are not referenced by central package management here;
/// it is the standard continued-fraction evaluation of the regularised incomplete beta function (Lentz's method).
/// </remarks>
internal static class BetaDistribution
{
    private const int MaxTerms = 300;
    private const double Tiny = 1e-300;
    private const double Precision = 1e-14;

    /// <summary>I_x(α, β), the CDF of Beta(α, β) at x.</summary>
    public static double Cdf(double x, double alpha, double beta)
    {
        if (x <= 0)
        {
            return 0;
        }

        if (x >= 1)
        {
            return 1;
        }

        var logFront = LogGamma(alpha + beta) - LogGamma(alpha) - LogGamma(beta)
            + (alpha * Math.Log(x)) + (beta * Math.Log(1 - x));
        var front = Math.Exp(logFront);
        return x < (alpha + 1) / (alpha + beta + 2)
            ? front * ContinuedFraction(x, alpha, beta) / alpha
            : 1 - (front * ContinuedFraction(1 - x, beta, alpha) / beta);
    }

    /// <summary>The x with I_x(α, β) = p, by bisection (the CDF is monotone).</summary>
    public static double Quantile(double p, double alpha, double beta)
    {
        double lo = 0, hi = 1;
        for (var i = 0; i < 60; i++)
        {
            var mid = (lo + hi) / 2;
            if (Cdf(mid, alpha, beta) < p)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return (lo + hi) / 2;
    }

    /// <summary>ln Γ(x) by the Lanczos approximation (g = 7, n = 9), accurate to about 1e-15.</summary>
    public static double LogGamma(double x)
    {
        ReadOnlySpan<double> c =
        [
            0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
            1.5056327351493116e-7,
        ];
        if (x < 0.5)
        {
            return Math.Log(Math.PI / Math.Abs(Math.Sin(Math.PI * x))) - LogGamma(1 - x);
        }

        x -= 1;
        var sum = c[0];
        for (var i = 1; i < c.Length; i++)
        {
            sum += c[i] / (x + i);
        }

        var t = x + 7.5;
        return (0.5 * Math.Log(2 * Math.PI)) + ((x + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }

    private static double ContinuedFraction(double x, double a, double b)
    {
        var qab = a + b;
        var qap = a + 1;
        var qam = a - 1;
        var c = 1.0;
        var d = 1 - (qab * x / qap);
        d = Math.Abs(d) < Tiny ? Tiny : d;
        d = 1 / d;
        var h = d;
        for (var m = 1; m <= MaxTerms; m++)
        {
            var m2 = 2 * m;
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + (aa * d);
            d = Math.Abs(d) < Tiny ? Tiny : d;
            c = 1 + (aa / c);
            c = Math.Abs(c) < Tiny ? Tiny : c;
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + (aa * d);
            d = Math.Abs(d) < Tiny ? Tiny : d;
            c = 1 + (aa / c);
            c = Math.Abs(c) < Tiny ? Tiny : c;
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < Precision)
            {
                break;
            }
        }

        return h;
    }
}
