namespace SecureMcp.Policy.Model;

/// <summary>Policy-wide settings.</summary>
internal sealed record PolicySettings
{
    /// <summary>
    /// When true (default), roles the authentication scheme assigned from gateway configuration (API keys, certificate
    /// mappings) count. When false, only roles listed under <c>principals</c> in the policy count.
    /// </summary>
    public bool TrustAuthenticatedRoles { get; init; } = true;

    /// <summary>Trust score assumed for a principal the trust engine does not know.</summary>
    public double DefaultTrust { get; init; } = 0.5;

    /// <summary>Risk assumed for a tool that tool verification has not rated.</summary>
    public RiskLevel UnknownRisk { get; init; } = RiskLevel.Medium;

    /// <summary>How long a call under require-approval waits for an operator before it is rejected.</summary>
    public TimeSpan ApprovalTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Time zone for <c>env.time</c> and <c>env.day</c> conditions.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>Webhook that alert actions post to; alerts always go to the log too.</summary>
    public Uri? AlertWebhook { get; init; }
}
