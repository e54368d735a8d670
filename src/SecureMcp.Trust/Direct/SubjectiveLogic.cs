namespace SecureMcp.Trust.Direct;

/// <summary>Subjective-logic operators used to combine trust from several sources.</summary>
public static class SubjectiveLogic
{
    /// <summary>Jøsang's trust discounting: A's opinion about x through B, given A's trust in B.</summary>
    /// <remarks>b = bA·bB, d = bA·dB, u = dA + uA + bA·uB, a = aB (Jøsang, Hayward and Pope 2006).</remarks>
    /// <param name="trustInAdvisor">A's opinion about the advisor B.</param>
    /// <param name="advice">B's opinion about x.</param>
    public static Opinion Discount(Opinion trustInAdvisor, Opinion advice)
    {
        var bA = trustInAdvisor.Belief;
        return new Opinion(
            bA * advice.Belief,
            bA * advice.Disbelief,
            trustInAdvisor.Disbelief + trustInAdvisor.Uncertainty + (bA * advice.Uncertainty),
            advice.BaseRate);
    }

    /// <summary>Trust discounting by projected probability (Jøsang 2016, §14.3): the advice is scaled by P = E(trust in advisor).</summary>
    /// <remarks>b = P·bB, d = P·dB, u = 1 − P·(bB + dB), a = aB. Unlike <see cref="Discount"/>, an advisor we know nothing
    /// about (vacuous opinion, P = base rate) still passes on part of its advice.</remarks>
    public static Opinion DiscountByProjection(Opinion trustInAdvisor, Opinion advice)
    {
        var p = trustInAdvisor.Expected;
        return new Opinion(
            p * advice.Belief,
            p * advice.Disbelief,
            1 - (p * (advice.Belief + advice.Disbelief)),
            advice.BaseRate);
    }

    /// <summary>Jøsang's cumulative fusion of two independent opinions about the same proposition.</summary>
    /// <remarks>
    /// b = (bA·uB + bB·uA)/k, d = (dA·uB + dB·uA)/k, u = uA·uB/k with k = uA + uB − uA·uB.
    /// Two dogmatic opinions (uA = uB = 0) are averaged. Equivalent to adding Beta evidence.
    /// </remarks>
    public static Opinion CumulativeFuse(Opinion a, Opinion b)
    {
        var k = a.Uncertainty + b.Uncertainty - (a.Uncertainty * b.Uncertainty);
        if (k <= 0)
        {
            return new Opinion(
                (a.Belief + b.Belief) / 2,
                (a.Disbelief + b.Disbelief) / 2,
                0,
                (a.BaseRate + b.BaseRate) / 2);
        }

        var baseRate = a.Uncertainty + b.Uncertainty < 2
            ? ((a.BaseRate * b.Uncertainty) + (b.BaseRate * a.Uncertainty) - ((a.BaseRate + b.BaseRate) * a.Uncertainty * b.Uncertainty))
              / (a.Uncertainty + b.Uncertainty - (2 * a.Uncertainty * b.Uncertainty))
            : (a.BaseRate + b.BaseRate) / 2;
        return new Opinion(
            ((a.Belief * b.Uncertainty) + (b.Belief * a.Uncertainty)) / k,
            ((a.Disbelief * b.Uncertainty) + (b.Disbelief * a.Uncertainty)) / k,
            a.Uncertainty * b.Uncertainty / k,
            baseRate);
    }
}
