using SecureMcp.Allocation.Config;

namespace SecureMcp.Allocation.Tests.Config;

public sealed class AllocationOptionsLoaderTests
{
    [Fact]
    public void FromYaml_ValidKeys_OverridesDefaults()
    {
        var options = AllocationOptionsLoader.FromYaml("""
            selection:
              temperature: 0.3
              exploration_share: 0.05
            verification:
              trusted_verifiers: [ops-1, ops-2]
            """);

        options.Selection.Temperature.ShouldBe(0.3);
        options.Selection.ExplorationShare.ShouldBe(0.05);
        options.Verification.TrustedVerifiers.ShouldBe(["ops-1", "ops-2"]);
        options.Balancing.Choices.ShouldBe(2);
    }

    [Fact]
    public void FromYaml_OutOfRangeValues_MessageNamesEveryKey()
    {
        var ex = Should.Throw<AllocationConfigurationException>(() => AllocationOptionsLoader.FromYaml("""
            selection:
              exploration_share: 1.5
            faults:
              agent_breaker:
                minimum_throughput: 1
            """));

        ex.Errors.Count.ShouldBe(2);
        ex.Message.ShouldContain("selection.exploration_share");
        ex.Message.ShouldContain("faults.agent_breaker.minimum_throughput");
    }

    [Fact]
    public void FromYaml_UnknownKey_ThrowsWithLine()
    {
        var ex = Should.Throw<AllocationConfigurationException>(() => AllocationOptionsLoader.FromYaml("selection:\n  temprature: 0.3\n"));

        ex.Message.ShouldContain("line 2");
    }

    [Fact]
    public void FromFile_RepositoryConfig_IsValidAndMatchesDefaults()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SecureMcp.sln")))
        {
            dir = dir.Parent;
        }

        dir.ShouldNotBeNull();
        var options = AllocationOptionsLoader.FromFile(Path.Combine(dir.FullName, "config", "allocation.yaml"));

        var defaults = new AllocationOptions();
        var comparable = options with { Verification = options.Verification with { TrustedVerifiers = defaults.Verification.TrustedVerifiers } };
        options.Verification.TrustedVerifiers.ShouldBeEmpty();
        comparable.ShouldBe(defaults, "config/allocation.yaml documents the defaults");
    }
}
