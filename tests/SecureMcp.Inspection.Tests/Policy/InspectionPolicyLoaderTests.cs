using SecureMcp.Core.Events;
using SecureMcp.Core.Inspection;
using SecureMcp.Inspection.Findings;
using SecureMcp.Inspection.Policy;
using SecureMcp.Inspection.Tests.Support;

namespace SecureMcp.Inspection.Tests.Policy;

public sealed class InspectionPolicyLoaderTests
{
    [Fact]
    public void FromFile_ShippedConfig_LoadsAndMatchesDefaults()
    {
        var path = Path.Combine(Corpus.Directory, "..", "..", "..", "config", "inspection.yaml");
        var policy = InspectionPolicyLoader.FromFile(path);
        policy.Pinning.TrustOnFirstUse.ShouldBeTrue();
        policy.Rule(DetectorIds.Secret).Decide(SecuritySeverity.High).ShouldBe(InspectionAction.Redact);
        policy.Rule(DetectorIds.Instructions).Decide(SecuritySeverity.Critical).ShouldBe(InspectionAction.Block);
    }

    [Fact]
    public void FromYaml_OverridesThresholdsAndLimits()
    {
        var policy = InspectionPolicyLoader.FromYaml("""
            pinning: { trust_on_first_use: false, cache_seconds: 1 }
            risk: { server_floors: { shell: critical } }
            arguments: { allowed_roots: [/srv], max_depth: 8, dns_timeout_ms: 50 }
            results: { pii: [email] }
            detectors:
              tool.instructions: { block_at: high }
            """);
        policy.Pinning.TrustOnFirstUse.ShouldBeFalse();
        policy.ServerRiskFloors["shell"].ShouldBe(RiskLevel.Critical);
        policy.Arguments.AllowedRoots.ShouldBe(["/srv"]);
        policy.Arguments.MaxDepth.ShouldBe(8);
        policy.Results.PiiKinds.ShouldBe(["email"]);
        policy.Rule(DetectorIds.Instructions).Decide(SecuritySeverity.High).ShouldBe(InspectionAction.Block);
    }

    [Theory]
    [InlineData("detectors:\n  tool.nope: { block_at: high }", "inspection.detectors.tool.nope")]
    [InlineData("detectors:\n  result.pii: { block_at: severe }", "inspection.detectors.result.pii.block_at")]
    [InlineData("arguments: { max_depth: 0 }", "inspection.arguments.max_depth")]
    [InlineData("arguments: { allowed_roots: [relative/dir] }", "inspection.arguments.allowed_roots")]
    [InlineData("results: { pii: [ssn] }", "inspection.results.pii")]
    [InlineData("risk: { server_floors: { x: extreme } }", "inspection.risk.server_floors.x")]
    [InlineData("pinning: { cache_seconds: -1 }", "inspection.pinning.cache_seconds")]
    [InlineData("unknown_key: 1", "inspection.yaml line")]
    public void FromYaml_InvalidValue_MessageNamesTheKey(string yaml, string key)
    {
        Should.Throw<InspectionConfigurationException>(() => InspectionPolicyLoader.FromYaml(yaml)).Message.ShouldContain(key);
    }
}
