using SecureMcp.Policy.Tests.Support;
using SecureMcp.Policy.Yaml;
using static SecureMcp.Policy.Tests.Support.Policies;

namespace SecureMcp.Policy.Tests.Yaml;

public class PolicyParserTests
{
    [Fact]
    public void FromFile_DefaultConfig_IsValid()
    {
        var result = PolicyLoader.FromFile(Path.Combine(RepoRoot(), "config", "policy.yaml"));
        result.Errors.ShouldBeEmpty();
        result.Policy!.Roles.Select(r => r.Name).ShouldContain("analyst");
        result.Policy.Document.Incidents.Count.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void FromText_YamlSyntaxError_NamesLine()
    {
        var errors = Errors("roles:\n  analyst:\n    tools: [a, b\n  other: {}\n");
        errors.Count.ShouldBe(1);
        errors[0].Line.ShouldBeGreaterThanOrEqualTo(3);
        errors[0].ToString().ShouldStartWith("line ");
    }

    [Fact]
    public void FromText_UnknownKey_NamesLineAndPath()
    {
        var errors = Errors("roles:\n  analyst:\n    tols: [a]\n");
        errors.ShouldHaveSingleItem().Line.ShouldBe(3);
        errors[0].KeyPath.ShouldBe("roles.analyst.tols");
        errors[0].Message.ShouldContain("unknown key 'tols'");
    }

    [Fact]
    public void FromText_BadEffect_NamesLine()
    {
        var errors = Errors("rules:\n  - id: a\n    effect: permit\n");
        errors.ShouldHaveSingleItem().Line.ShouldBe(3);
        errors[0].Message.ShouldContain("'permit' is not an effect");
    }

    [Fact]
    public void FromText_UndefinedRoleInCondition_NamesLineAndPath()
    {
        var errors = Errors("roles: { a: {} }\nrules:\n  - id: r\n    effect: deny\n    when:\n      principal.roles: { contains: ghost }\n");
        errors.ShouldHaveSingleItem().Line.ShouldBe(6);
        errors[0].KeyPath.ShouldBe("rules[0].when.principal.roles.contains");
        errors[0].Message.ShouldContain("role 'ghost' is not defined");
    }

    [Fact]
    public void FromText_UnknownAttribute_Rejected()
    {
        Errors("rules:\n  - id: r\n    effect: deny\n    when:\n      tool.colour: red\n").ShouldHaveSingleItem().Message.ShouldContain("unknown attribute");
    }

    [Fact]
    public void FromText_BacktrackingRegex_Rejected()
    {
        Errors("rules:\n  - id: r\n    effect: deny\n    when:\n      args.$.a: { matches: \"(a)\\\\1\" }\n").ShouldHaveSingleItem().Line.ShouldBe(5);
    }

    [Fact]
    public void FromText_TraversalInPrefix_Rejected()
    {
        Errors("principals:\n  p:\n    capabilities:\n      - tools: [t]\n        arguments:\n          $.path: { pathPrefix: /a/../b }\n")
            .ShouldHaveSingleItem().Message.ShouldContain("must not contain '..'");
    }

    [Fact]
    public void FromText_DuplicateRuleId_Rejected()
    {
        Errors("rules:\n  - { id: a, effect: deny }\n  - { id: a, effect: allow }\n").ShouldHaveSingleItem().Message.ShouldContain("used twice");
    }

    [Fact]
    public void FromText_BadRateLimitAndIncident_EveryErrorReported()
    {
        var errors = Errors("rateLimits:\n  - id: x\n    per: planet\n    tokenBucket: { limit: 0 }\nincidents:\n  - id: y\n    actions: [explode]\n");
        errors.Select(e => e.Line).ShouldBe([3, 4, 4, 6, 7], ignoreOrder: true);
    }

    [Fact]
    public void FromText_EmptyFile_Rejected()
    {
        Errors("").ShouldHaveSingleItem().Message.ShouldContain("empty");
    }
}
