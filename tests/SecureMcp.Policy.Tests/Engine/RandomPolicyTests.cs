using System.Text.Json;
using SecureMcp.Core.Identity;
using SecureMcp.Policy.Attributes;
using SecureMcp.Policy.Engine;
using SecureMcp.Policy.Model;
using SecureMcp.Policy.Tests.Support;
using SecureMcp.Policy.Yaml;

namespace SecureMcp.Policy.Tests.Engine;

/// <summary>Random policies and requests: the compiled, indexed engine must agree with the naive reference evaluator.</summary>
public class RandomPolicyTests
{
    private static readonly string[] Tools = ["s1__read", "s1__write", "s1__delete", "s2__read", "s2__query", "s2__admin_reset", "s3__x", "s3__y"];
    private static readonly string[] Patterns = ["s1__*", "s2__*", "*__read", "s?__x", "*", "s2__admin_*", .. Tools];
    private static readonly string[] Servers = ["s1", "s2", "s3", "s*"];
    private static readonly string[] RoleNames = ["r0", "r1", "r2", "r3", "r4", "r5"];
    private static readonly string[] PrincipalIds = ["alice", "bob", "carol", "dave", "eve"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Decide_RandomPolicies_AgreesWithReference(int seed)
    {
        var random = new Random(seed);
        var checkedCases = 0;
        for (var policyIndex = 0; policyIndex < 25; policyIndex++)
        {
            var doc = RandomDocument(random);
            var errors = new List<PolicyError>();
            var compiled = PolicyCompiler.Compile(doc, errors);
            errors.ShouldBeEmpty();
            for (var requestIndex = 0; requestIndex < 40; requestIndex++)
            {
                var principal = new Principal(Pick(random, PrincipalIds), "apikey", [.. RoleNames.Where(_ => random.Next(4) == 0).Append("not-a-role")])
                {
                    Attributes = random.Next(2) == 0 ? new Dictionary<string, string> { ["team"] = Pick(random, ["red", "blue"]) } : new Dictionary<string, string>(),
                };
                var tool = Pick(random, Tools);
                var attributes = new ToolAttributes(tool[..2])
                {
                    ReadOnly = random.Next(2) == 0,
                    Risk = random.Next(5) == 0 ? null : (RiskLevel)random.Next(1, 5),
                };
                JsonElement? args = random.Next(4) == 0 ? null : Policies.Json($$"""{"mode":"{{Pick(random, ["a", "b", "c"])}}"}""");
                var trust = random.NextDouble();
                var expected = ReferenceEvaluator.Decide(doc, principal, tool, attributes, args, trust);
                var actual = compiled!.Decide(new PolicyRequest(principal, TargetKind.Tool, tool, attributes, args, Policies.Noon, null, new FixedTrust(trust)));
                actual.Effect.ShouldBe(expected, $"seed {seed}, policy {policyIndex}, request {requestIndex}: {principal.Id} [{string.Join(",", principal.Roles)}] -> {tool}");
                checkedCases++;
            }
        }

        checkedCases.ShouldBe(1000);
    }

    private static PolicyDocument RandomDocument(Random random)
    {
        var roles = RoleNames.Select(name => new RoleDefinition(name, RandomScope(random, allowEmpty: false), random.Next(4) == 0)).ToList();
        var principals = PrincipalIds.Where(_ => random.Next(2) == 0).Select(id => new PrincipalDefinition(
            id,
            [.. RoleNames.Where(_ => random.Next(5) == 0)],
            random.Next(2) == 0 ? new Dictionary<string, string> { ["team"] = Pick(random, ["red", "blue"]) } : new Dictionary<string, string>(),
            random.Next(3) == 0
                ? [new CapabilityDefinition(id + "/cap", new TargetScope { Tools = [Pick(random, Tools)] }, [new ConditionDefinition("args.$.mode", "in", random.Next(2) == 0 ? ["a"] : ["a", "b"])])]
                : [])).ToList();
        var rules = Enumerable.Range(0, random.Next(0, 12)).Select(i => new RuleDefinition(
            "rule" + i,
            (PolicyEffect)random.Next(3),
            random.Next(3) == 0 ? TargetScope.Everything : RandomScope(random, allowEmpty: true),
            [.. Enumerable.Range(0, random.Next(0, 3)).Select(_ => RandomCondition(random))])).ToList();
        return new PolicyDocument
        {
            Settings = new PolicySettings { TrustAuthenticatedRoles = random.Next(4) != 0, UnknownRisk = (RiskLevel)random.Next(1, 5) },
            Roles = roles,
            Principals = principals,
            Rules = rules,
        };
    }

    private static TargetScope RandomScope(Random random, bool allowEmpty)
    {
        var tools = Enumerable.Range(0, random.Next(allowEmpty ? 0 : 1, 3)).Select(_ => Pick(random, Patterns)).ToList();
        var servers = random.Next(4) == 0 ? new List<string> { Pick(random, Servers) } : [];
        return new TargetScope { Tools = tools, Servers = servers };
    }

    private static ConditionDefinition RandomCondition(Random random) => random.Next(7) switch
    {
        0 => new("principal.roles", "contains", [Pick(random, RoleNames)]),
        1 => new("principal.team", "equals", [Pick(random, ["red", "blue"])]),
        2 => new("principal.trust", "lt", ["0.5"]),
        3 => new("tool.server", "equals", [Pick(random, ["s1", "s2", "s3"])]),
        4 => new("tool.risk", "gte", [Pick(random, ["low", "medium", "high", "critical"])]),
        5 => new("tool.annotations.readOnly", "equals", [random.Next(2) == 0 ? "true" : "false"]),
        _ => new("args.$.mode", "equals", [Pick(random, ["a", "b"])]),
    };

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
