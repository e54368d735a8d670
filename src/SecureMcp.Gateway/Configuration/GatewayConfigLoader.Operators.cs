namespace SecureMcp.Gateway.Configuration;

// Validation of identity.operators: the account database, sessions and the sign-in settings of OperatorAccounts.
public static partial class GatewayConfigLoader
{
    private static OperatorsConfig ValidateOperators(GatewayConfigDocument.OperatorsSection s, string baseDirectory)
    {
        var database = Expand(s.Database ?? throw Missing("identity.operators.database"), "identity.operators.database");
        if (string.IsNullOrWhiteSpace(database))
        {
            throw Missing("identity.operators.database");
        }

        var config = new OperatorsConfig
        {
            Database = Path.IsPathRooted(database) ? database : Path.Combine(baseDirectory, database),
            SessionLifetime = Minutes(s.SessionMinutes ?? 15, 1, 720, "identity.operators.sessionMinutes"),
            MaxSessions = Count(s.MaxSessions ?? 1000, 1, 100_000, "identity.operators.maxSessions"),
            MaxFailures = Count(s.MaxFailures ?? 5, 1, 100, "identity.operators.maxFailures"),
            LockoutDuration = Minutes(s.LockoutMinutes ?? 15, 1, 1440, "identity.operators.lockoutMinutes"),
            TotpWindow = Count(s.TotpWindow ?? 1, 0, 2, "identity.operators.totpWindow"),
            MaxConcurrentSignIns = Count(s.MaxConcurrentSignIns ?? 4, 1, 64, "identity.operators.maxConcurrentSignIns"),
            MaxFailuresPerAddress = Count(s.MaxFailuresPerAddress ?? 20, 1, 10_000, "identity.operators.maxFailuresPerAddress"),
            AddressWindow = Minutes(s.AddressWindowMinutes ?? 15, 1, 1440, "identity.operators.addressWindowMinutes"),
        };
        try
        {
            config.ToOperatorOptions().Validate();
        }
        catch (ArgumentException ex)
        {
            // A safety net: the ranges above are OperatorOptions' own. It names its keys "operators.…"; here they live under "identity.".
            throw new GatewayConfigException($"config: identity.{ex.Message}", ex);
        }

        return config;
    }

    private static TimeSpan Minutes(double value, double min, double max, string path) =>
        value >= min && value <= max ? TimeSpan.FromMinutes(value) : throw new GatewayConfigException($"config: {path} must be between {min} and {max} minutes (got {value})");

    private static int Count(int value, int min, int max, string path) =>
        value >= min && value <= max ? value : throw new GatewayConfigException($"config: {path} must be between {min} and {max} (got {value})");
}
