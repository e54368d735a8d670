using SecureMcp.Core.Identity;
using SecureMcp.Policy.Model;
using SecureMcp.Policy.Tests.Support;
using static SecureMcp.Policy.Tests.Support.Policies;

namespace SecureMcp.Policy.Tests.Engine;

/// <summary>Privilege-escalation attempts that must fail.</summary>
public class EscalationTests
{
    private const string Yaml = """
        settings: { trustAuthenticatedRoles: true }
        roles:
          user: { tools: [srv__read_file] }
          admin: { servers: ["*"] }
        principals:
          agent:
            roles: [user]
            capabilities:
              - tools: [srv__read_file]
                arguments:
                  $.path: { pathPrefix: /sandbox/agent }
        """;

    [Theory]
    [InlineData("/sandbox/agent/../other/secret")]
    [InlineData("/sandbox/agent/../../etc/passwd")]
    [InlineData("/sandbox/agent/..")]
    [InlineData("/sandbox/agent/%2e%2e/other")]
    [InlineData("/sandbox/agent/%2E%2E%2Fother")]
    [InlineData("/sandbox/agent/..%2fother")]
    [InlineData("/sandbox/agent\\..\\other")]
    [InlineData("/sandbox/agent/\uFF0E\uFF0E/other")]
    [InlineData("/sandbox/agent/..\u2215other")]
    [InlineData("/sandbox/agent/a\u0000b")]
    public void Decide_PathTraversalThroughPrefix_Deny(string path)
    {
        var args = System.Text.Json.JsonSerializer.Serialize(new { path });
        Compile(Yaml).Decide(Principal("agent"), "srv__read_file", args: args).Effect.ShouldBe(PolicyEffect.Deny);
    }

    [Fact]
    public void Decide_EscapedJsonTraversal_Deny()
    {
        // \u002e\u002e is ".." once the JSON is decoded; the check runs on the decoded text.
        Compile(Yaml).Decide(Principal("agent"), "srv__read_file", args: """{"path":"/sandbox/agent/\u002e\u002e/x"}""").Effect.ShouldBe(PolicyEffect.Deny);
    }

    [Theory]
    [InlineData("SRV__READ_FILE")]
    [InlineData("srv__Read_File")]
    [InlineData("srv__read_fil\u0435")] // Cyrillic e
    [InlineData("srv__read_file\u200B")] // zero-width space
    [InlineData("srv\uFF3F\uFF3Fread_file")] // fullwidth underscores
    public void Decide_CaseOrUnicodeVariantOfGrantedName_Deny(string name)
    {
        Compile("roles: { user: { tools: [srv__read_file] } }").Decide(Principal("p", "user"), name).Effect.ShouldBe(PolicyEffect.Deny);
    }

    [Fact]
    public void Decide_ForgedRoleInAttributes_Ignored()
    {
        var forged = Principal("mallory") with { Attributes = new Dictionary<string, string> { ["roles"] = "admin", ["role"] = "admin" } };
        Compile(Yaml).Decide(forged, "srv__anything").Effect.ShouldBe(PolicyEffect.Deny);
    }

    [Fact]
    public void Decide_ForgedRoleInArguments_Ignored()
    {
        Compile(Yaml).Decide(Principal("mallory"), "srv__anything", args: """{"roles":["admin"],"role":"admin"}""").Effect.ShouldBe(PolicyEffect.Deny);
    }

    [Fact]
    public void Decide_AuthenticatedRoleWhenPolicyDistrustsThem_Ignored()
    {
        var policy = Compile(Yaml.Replace("trustAuthenticatedRoles: true", "trustAuthenticatedRoles: false", StringComparison.Ordinal));
        policy.Decide(new Principal("mallory", "token", ["admin"]), "srv__anything").Effect.ShouldBe(PolicyEffect.Deny);
        policy.Decide(Principal("agent"), "srv__read_file", args: """{"path":"/sandbox/agent/a"}""").Effect.ShouldBe(PolicyEffect.Allow);
    }

    [Fact]
    public void Decide_PrincipalIdCaseVariant_GetsNoCapabilityOrRoles()
    {
        Compile(Yaml).Decide(Principal("AGENT"), "srv__read_file", args: """{"path":"/sandbox/agent/a"}""").Effect.ShouldBe(PolicyEffect.Deny);
    }

    [Fact]
    public void Compile_NonAsciiToolPattern_Rejected()
    {
        Errors("roles: { user: { tools: [\"srv__re\u0430d\"] } }").ShouldContain(e => e.Message.Contains("printable ASCII", StringComparison.Ordinal));
    }
}
