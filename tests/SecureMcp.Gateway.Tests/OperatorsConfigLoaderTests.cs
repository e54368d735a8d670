using SecureMcp.Gateway.Configuration;

namespace SecureMcp.Gateway.Tests;

/// <summary>The <c>identity.operators</c> section: defaults, relative paths and errors that name the key.</summary>
public sealed class OperatorsConfigLoaderTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("smgw-config-");

    public OperatorsConfigLoaderTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir.FullName, "ca"));
        File.WriteAllText(Path.Combine(_dir.FullName, "ca", "root.crt"), "placeholder: the loader only checks that the CA exists");
    }

    private GatewayConfig Parse(string operators) => GatewayConfigLoader.Parse($"""
        listen: https://127.0.0.1:8443
        identity:
          caDirectory: ca
          operators:
        {operators}
        """, _dir.FullName);

    [Fact]
    public void Parse_OnlyDatabase_DefaultsAndPathRelativeToTheConfig()
    {
        var operators = Parse("    database: data/operators.db").Identity!.Operators!;

        operators.Database.ShouldBe(Path.Combine(_dir.FullName, "data/operators.db"));
        operators.SessionLifetime.ShouldBe(TimeSpan.FromMinutes(15));
        operators.MaxFailures.ShouldBe(5);
        operators.LockoutDuration.ShouldBe(TimeSpan.FromMinutes(15));
        operators.TotpWindow.ShouldBe(1);
        operators.MaxSessions.ShouldBe(1000);
        operators.MaxFailuresPerAddress.ShouldBe(20);
        operators.AddressWindow.ShouldBe(TimeSpan.FromMinutes(15));
    }

    [Fact]
    public void Parse_EveryKey_Used()
    {
        var operators = Parse("""
                database: /srv/ops.db
                sessionMinutes: 5
                maxSessions: 20
                maxFailures: 3
                lockoutMinutes: 30
                totpWindow: 0
                maxConcurrentSignIns: 2
                maxFailuresPerAddress: 7
                addressWindowMinutes: 60
            """).Identity!.Operators!;

        operators.Database.ShouldBe("/srv/ops.db");
        operators.SessionLifetime.ShouldBe(TimeSpan.FromMinutes(5));
        operators.MaxSessions.ShouldBe(20);
        operators.MaxFailures.ShouldBe(3);
        operators.LockoutDuration.ShouldBe(TimeSpan.FromMinutes(30));
        operators.TotpWindow.ShouldBe(0);
        operators.MaxConcurrentSignIns.ShouldBe(2);
        operators.MaxFailuresPerAddress.ShouldBe(7);
        operators.AddressWindow.ShouldBe(TimeSpan.FromMinutes(60));
    }

    [Fact]
    public void Parse_NoOperatorsSection_NoOperatorSignIn()
    {
        GatewayConfigLoader.Parse("listen: https://127.0.0.1:8443\nidentity:\n  caDirectory: ca", _dir.FullName).Identity!.Operators.ShouldBeNull();
    }

    [Theory]
    [InlineData("    sessionMinutes: 5", "identity.operators.database is required")]
    [InlineData("    database: o.db\n    sessionMinutes: 0", "identity.operators.sessionMinutes must be between 1 and 720")]
    [InlineData("    database: o.db\n    sessionMinutes: 1000", "identity.operators.sessionMinutes must be between 1 and 720")]
    [InlineData("    database: o.db\n    maxFailures: 0", "identity.operators.maxFailures must be between 1 and 100")]
    [InlineData("    database: o.db\n    lockoutMinutes: 0", "identity.operators.lockoutMinutes must be between 1 and 1440")]
    [InlineData("    database: o.db\n    totpWindow: 5", "identity.operators.totpWindow must be between 0 and 2")]
    [InlineData("    database: o.db\n    maxSessions: 0", "identity.operators.maxSessions must be between 1 and 100000")]
    [InlineData("    database: o.db\n    maxFailuresPerAddress: 0", "identity.operators.maxFailuresPerAddress must be between 1 and 10000")]
    [InlineData("    database: o.db\n    addressWindowMinutes: 0.5", "identity.operators.addressWindowMinutes must be between 1 and 1440")]
    [InlineData("    database: o.db\n    password: hunter2", "unknown key 'password'")]
    [InlineData("    database: ${SECUREMCP_TEST_UNSET_OPERATORS_DB}", "identity.operators.database refers to environment variable 'SECUREMCP_TEST_UNSET_OPERATORS_DB'")]
    public void Parse_BadOperatorsSection_MessageNamesTheKey(string operators, string expected)
    {
        Should.Throw<GatewayConfigException>(() => Parse(operators)).Message.ShouldContain(expected);
    }

    public void Dispose()
    {
        try
        {
            _dir.Delete(recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
