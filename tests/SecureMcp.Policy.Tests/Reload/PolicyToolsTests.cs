using SecureMcp.Policy.Attributes;
using SecureMcp.Policy.Model;
using SecureMcp.Policy.Reload;
using SecureMcp.Policy.Tests.Support;

namespace SecureMcp.Policy.Tests.Reload;

public class PolicyToolsTests
{
    private static readonly string DefaultPolicy = Path.Combine(Policies.RepoRoot(), "config", "policy.yaml");

    [Fact]
    public void Check_DefaultPolicy_Valid()
    {
        PolicyTools.Check(DefaultPolicy).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Check_MissingFile_ErrorNamesFile()
    {
        PolicyTools.Check("/nonexistent/policy.yaml").Errors.ShouldHaveSingleItem().Message.ShouldContain("cannot read");
    }

    [Fact]
    public void Explain_CapabilityOutsidePrefix_DenyWithEveryElement()
    {
        var policy = PolicyTools.Check(DefaultPolicy).Policy!;
        var e = PolicyTools.Explain(policy, "analyst-agent", "toolserver__file_store", """{"action":"read","path":"../secrets"}""", ["analyst"]);
        e.Effect.ShouldBe(PolicyEffect.Deny);
        e.Text.ShouldContain("Decision: deny");
        e.Text.ShouldContain("capability 'analyst-files'");
        e.Text.ShouldContain("$.path must satisfy pathPrefix reports");
        e.Text.ShouldContain("rule 'no-deletes-by-agents'");
    }

    [Fact]
    public void Explain_AnalystTool_AllowByRole()
    {
        var policy = PolicyTools.Check(DefaultPolicy).Policy!;
        var e = PolicyTools.Explain(policy, "analyst-agent", "toolserver__analyzer", "{}", ["analyst"]);
        e.Effect.ShouldBe(PolicyEffect.Allow);
        e.Text.ShouldContain("role 'analyst'");
    }

    [Fact]
    public void Explain_CriticalTool_RequireApproval()
    {
        var policy = PolicyTools.Check(DefaultPolicy).Policy!;
        var e = PolicyTools.Explain(policy, "ops", "toolserver__file_store", """{"action":"delete","path":"x"}""", ["operator"],
            new ToolAttributes("toolserver") { Risk = RiskLevel.Critical });
        e.Effect.ShouldBe(PolicyEffect.RequireApproval);
        e.Text.ShouldContain("critical-needs-approval");
    }
}
