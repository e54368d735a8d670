using SecureMcp.Policy.Attributes;

namespace SecureMcp.Policy.Tests.Support;

internal sealed class FixedTrust(double? score) : ITrustScoreSource
{
    public double? GetScore(string principalId) => score;
}
