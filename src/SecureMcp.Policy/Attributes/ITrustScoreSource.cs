namespace SecureMcp.Policy.Attributes;

/// <summary>The trust engine's current score of a principal, in [0, 1].</summary>
internal interface ITrustScoreSource
{
    /// <summary>The score, or null when the principal is unknown (the policy's <c>defaultTrust</c> applies).</summary>
    double? GetScore(string principalId);
}
