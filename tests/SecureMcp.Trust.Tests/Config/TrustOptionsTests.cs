using SecureMcp.Trust.Config;
using SecureMcp.Trust.Engine;
using SecureMcp.Trust.Tests.Support;

namespace SecureMcp.Trust.Tests.Config;

public sealed class TrustOptionsTests
{
    [Fact]
    public void FromFile_RepositoryConfig_LoadsDocumentedValues()
    {
        var options = TrustOptionsLoader.FromFile(RepoPaths.TrustYaml());
        options.Direct.ForgettingFactor.ShouldBe(0.9);
        options.Direct.Weights.TaskSuccess.ShouldBe(0.4);
        options.EigenTrust.Damping.ShouldBe(0.15);
        options.EigenTrust.Epsilon.ShouldBe(1e-6);
        options.Collusion.MinDensity.ShouldBe(0.1);
        options.Validate().ShouldBeEmpty();
    }

    [Fact]
    public void FromYaml_PreTrustedList_IsRead()
    {
        var options = TrustOptionsLoader.FromYaml("eigentrust:\n  pre_trusted: [alice, bob]\n");
        options.EigenTrust.PreTrusted.ShouldBe(["alice", "bob"]);
    }

    [Fact]
    public void FromYaml_DampingOutOfRange_MessageNamesKey()
    {
        var ex = Should.Throw<TrustConfigurationException>(() => TrustOptionsLoader.FromYaml("eigentrust:\n  damping: 1.5\n"));
        ex.Message.ShouldContain("eigentrust.damping");
        ex.Message.ShouldContain("1.5");
    }

    [Fact]
    public void FromYaml_SeveralBadKeys_ReportsEach()
    {
        var ex = Should.Throw<TrustConfigurationException>(() =>
            TrustOptionsLoader.FromYaml("direct:\n  forgetting_factor: 0\n  weights:\n    timeliness: -1\n"));
        ex.Errors.ShouldContain(e => e.StartsWith("direct.forgetting_factor", StringComparison.Ordinal));
        ex.Errors.ShouldContain(e => e.StartsWith("direct.weights.timeliness", StringComparison.Ordinal));
    }

    [Fact]
    public void FromYaml_UnknownKey_Throws()
    {
        var ex = Should.Throw<TrustConfigurationException>(() => TrustOptionsLoader.FromYaml("direct:\n  lamda: 0.9\n"));
        ex.Message.ShouldContain("lamda");
    }

    [Fact]
    public void Ctor_InvalidOptions_ThrowsNamingKey()
    {
        var options = new TrustOptions { Witness = new WitnessOptions { FilterQuantile = 0.7 } };
        Should.Throw<TrustConfigurationException>(() => new TrustEngine(options)).Message.ShouldContain("witness.filter_quantile");
    }
}
