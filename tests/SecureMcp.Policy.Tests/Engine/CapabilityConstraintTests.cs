using SecureMcp.Policy.Engine;
using SecureMcp.Policy.Model;
using SecureMcp.Policy.Tests.Support;
using static SecureMcp.Policy.Tests.Support.Policies;

namespace SecureMcp.Policy.Tests.Engine;

public class CapabilityConstraintTests
{
    private const string Yaml = """
        roles:
          files: { tools: [srv__files] }
        principals:
          agent:
            roles: [files]
            capabilities:
              - id: own-folder
                tools: [srv__files]
                arguments:
                  $.path: { pathPrefix: /sandbox/agent }
                  $.mode: { oneOf: [read, list] }
                  $.content: { maxSize: 20 }
                  $.name: { pattern: "^[a-z0-9_]+$" }
          solo:
            capabilities:
              - tools: [srv__solo]
                arguments:
                  $.options.level: { oneOf: [1, 2] }
        """;

    private static PolicyDecision Call(string args, string principal = "agent", string tool = "srv__files") =>
        Compile(Yaml).Decide(Principal(principal), tool, args: args);

    [Fact]
    public void Decide_AllConstraintsHold_AllowNamingCapability()
    {
        var d = Call("""{"path":"/sandbox/agent/a.csv","mode":"read","content":"short","name":"a_1"}""");
        d.Effect.ShouldBe(PolicyEffect.Allow);
        d.Grant!.Id.ShouldBe("own-folder");
    }

    [Theory]
    [InlineData("/sandbox/other/a.csv")]
    [InlineData("/sandbox/agentx/a.csv")]
    [InlineData("sandbox/agent/a.csv")]
    [InlineData("/etc/passwd")]
    public void Decide_PathOutsidePrefix_DenyNamingConstraint(string path)
    {
        var d = Call($$"""{"path":"{{path}}","mode":"read","name":"a"}""");
        d.Effect.ShouldBe(PolicyEffect.Deny);
        d.Reason.ShouldContain("$.path must satisfy pathPrefix /sandbox/agent");
    }

    [Theory]
    [InlineData("/sandbox/agent//./sub/a.csv")]
    [InlineData("/sandbox/agent")]
    public void Decide_PathNormalisesInsidePrefix_Allow(string path)
    {
        Call($$"""{"path":"{{path}}","mode":"read","name":"a"}""").Effect.ShouldBe(PolicyEffect.Allow);
    }

    [Fact]
    public void Decide_ValueOutsideSet_Deny()
    {
        var d = Call("""{"path":"/sandbox/agent/a","mode":"delete","name":"a"}""");
        d.Effect.ShouldBe(PolicyEffect.Deny);
        d.Reason.ShouldContain("$.mode must satisfy oneOf read, list");
    }

    [Fact]
    public void Decide_ValueTooLarge_Deny()
    {
        var d = Call("""{"path":"/sandbox/agent/a","mode":"read","name":"a","content":"this text is longer than twenty bytes"}""");
        d.Effect.ShouldBe(PolicyEffect.Deny);
        d.Reason.ShouldContain("maxSize 20");
    }

    [Fact]
    public void Decide_ValueBreaksPattern_Deny()
    {
        var d = Call("""{"path":"/sandbox/agent/a","mode":"read","name":"Robert'); DROP"}""");
        d.Effect.ShouldBe(PolicyEffect.Deny);
        d.Reason.ShouldContain("$.name must satisfy pattern");
    }

    [Fact]
    public void Decide_RequiredArgumentMissing_Deny()
    {
        Call("""{"mode":"read","name":"a"}""").Effect.ShouldBe(PolicyEffect.Deny);
    }

    [Fact]
    public void Decide_CapabilityNarrowsRole_RoleAloneNotEnough()
    {
        // The role grants srv__files, but the capability names it, so its constraints apply.
        Call("""{"path":"/tmp/x","mode":"read","name":"a"}""").Effect.ShouldBe(PolicyEffect.Deny);
    }

    [Fact]
    public void Decide_CapabilityWithoutRole_GrantsNestedNumberInSet()
    {
        Call("""{"options":{"level":2}}""", "solo", "srv__solo").Effect.ShouldBe(PolicyEffect.Allow);
        Call("""{"options":{"level":3}}""", "solo", "srv__solo").Effect.ShouldBe(PolicyEffect.Deny);
    }
}
