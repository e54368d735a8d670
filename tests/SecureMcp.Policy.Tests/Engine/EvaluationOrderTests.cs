using SecureMcp.Policy.Model;
using SecureMcp.Policy.Tests.Support;
using static SecureMcp.Policy.Tests.Support.Policies;

namespace SecureMcp.Policy.Tests.Engine;

public class EvaluationOrderTests
{
    private const string Yaml = """
        roles:
          analyst: { tools: [srv__analyze, "srv__report*"] }
          reader: { servers: [srv], readOnly: true }
          admin: { servers: ["*"] }
        rules:
          - id: no-secrets
            effect: deny
            tools: ["srv__report*"]
            when:
              args.$.topic: secrets
          - id: ops-allow
            effect: allow
            tools: [srv__ops]
            when:
              principal.team: ops
          - id: approve-critical
            effect: require-approval
            when:
              tool.risk: { gte: critical }
        """;

    [Fact]
    public void Decide_NoGrant_DefaultDeny()
    {
        var d = Compile(Yaml).Decide(Principal("p", "analyst"), "srv__other");
        d.Effect.ShouldBe(PolicyEffect.Deny);
        d.Reason.ShouldContain("default deny");
    }

    [Fact]
    public void Decide_UnknownRoleOnPrincipal_DefaultDeny()
    {
        Compile(Yaml).Decide(Principal("p", "superuser"), "srv__analyze").Effect.ShouldBe(PolicyEffect.Deny);
    }

    [Fact]
    public void Decide_RoleGrantsExactTool_AllowNamingRole()
    {
        var d = Compile(Yaml).Decide(Principal("p", "analyst"), "srv__analyze");
        d.Effect.ShouldBe(PolicyEffect.Allow);
        d.Reason.ShouldContain("role 'analyst'");
    }

    [Fact]
    public void Decide_DenyRuleAndRoleGrant_DenyWinsAndNamesRule()
    {
        var d = Compile(Yaml).Decide(Principal("p", "analyst", "admin"), "srv__report_weekly", args: """{"topic":"secrets"}""");
        d.Effect.ShouldBe(PolicyEffect.Deny);
        d.Cause!.Id.ShouldBe("no-secrets");
        d.Reason.ShouldContain("rule 'no-secrets' (line");
    }

    [Fact]
    public void Decide_DenyRuleConditionFalse_RoleAllows()
    {
        Compile(Yaml).Decide(Principal("p", "analyst"), "srv__report_weekly", args: """{"topic":"sales"}""").Effect.ShouldBe(PolicyEffect.Allow);
    }

    [Fact]
    public void Decide_ReadOnlyRoleOnWriteTool_Deny()
    {
        Compile(Yaml).Decide(Principal("p", "reader"), "srv__write", Tool(readOnly: false)).Effect.ShouldBe(PolicyEffect.Deny);
    }

    [Fact]
    public void Decide_ReadOnlyRoleOnReadOnlyTool_Allow()
    {
        Compile(Yaml).Decide(Principal("p", "reader"), "srv__write", Tool(readOnly: true)).Effect.ShouldBe(PolicyEffect.Allow);
    }

    [Fact]
    public void Decide_ServerGrantOnOtherServer_Deny()
    {
        Compile(Yaml).Decide(Principal("p", "reader"), "other__x", Tool("other", readOnly: true)).Effect.ShouldBe(PolicyEffect.Deny);
    }

    [Fact]
    public void Decide_AllowRuleWithoutRole_AllowNamingRule()
    {
        var policy = Compile(Yaml + "\nprincipals:\n  bob: { attributes: { team: ops } }\n");
        var d = policy.Decide(Principal("bob"), "srv__ops");
        d.Effect.ShouldBe(PolicyEffect.Allow);
        d.Grant!.Id.ShouldBe("ops-allow");
    }

    [Fact]
    public void Decide_GrantedCriticalTool_RequireApprovalNamingBoth()
    {
        var d = Compile(Yaml).Decide(Principal("p", "admin"), "srv__x", Tool(risk: RiskLevel.Critical));
        d.Effect.ShouldBe(PolicyEffect.RequireApproval);
        d.Elements.Select(e => e.Id).ShouldBe(["approve-critical", "admin"]);
    }

    [Fact]
    public void Decide_UngrantedCriticalTool_DenyNotApproval()
    {
        Compile(Yaml).Decide(Principal("p"), "srv__x", Tool(risk: RiskLevel.Critical)).Effect.ShouldBe(PolicyEffect.Deny);
    }

    [Fact]
    public void Decide_UnratedTool_UsesUnknownRiskSetting()
    {
        var policy = Compile(Yaml + "\nsettings: { unknownRisk: critical }\n");
        policy.Decide(Principal("p", "admin"), "srv__x", Tool(risk: null)).Effect.ShouldBe(PolicyEffect.RequireApproval);
    }
}
