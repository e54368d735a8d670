namespace SecureMcp.IntegrationTests;

/// <summary>The operator gateway with a budget of <see cref="Budget"/> failed sign-ins per client address.</summary>
public sealed class AddressLimitedGatewayFixture : OperatorGatewayFixture
{
    public const int Budget = 4;

    protected override int MaxFailuresPerAddress => Budget;
}
