using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;
using SecureMcp.Agents.Behavior;
using SecureMcp.Agents.Execution;
using SecureMcp.Agents.Tasks;

namespace SecureMcp.Agents.Tests;

public sealed class PlanExecutorTests
{
    /// <summary>A tool invoker that doubles every number it is given under "values" and records the calls.</summary>
    private sealed class DoublingInvoker : IToolInvoker
    {
        public List<(string Tool, JsonObject Args)> Calls { get; } = [];

        public ValueTask<CallToolResult> CallAsync(string tool, JsonObject arguments, CancellationToken cancellationToken)
        {
            Calls.Add((tool, arguments));
            if (tool is "fail" or BehavingInvoker.ProbeTool)
            {
                return ValueTask.FromResult(new CallToolResult { IsError = true, Content = [new TextContentBlock { Text = "bad input" }] });
            }

            var values = arguments["values"]!.AsArray().Select(v => double.Parse(v!.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture) * 2).ToArray();
            var result = new JsonObject { ["values"] = new JsonArray(values.Select(v => (JsonNode?)v).ToArray()), ["sum"] = values.Sum() };
            return ValueTask.FromResult(new CallToolResult
            {
                Content = [new TextContentBlock { Text = result.ToJsonString() }],
                StructuredContent = JsonDocument.Parse(result.ToJsonString()).RootElement.Clone(),
            });
        }
    }

    private static AgentTask Task(params TaskCheck[] checks) => new()
    {
        Id = "t1",
        Steps =
        [
            new TaskStep("second", "double", new JsonObject { ["values"] = "${first.values}" }),
            new TaskStep("first", "double", new JsonObject { ["values"] = new JsonArray(1, 2, 3) }),
        ],
        Checks = checks,
    };

    [Fact]
    public async Task Run_StepsReferencingEachOther_RunInDependencyOrderAndPassResults()
    {
        var invoker = new DoublingInvoker();

        var outcome = await new PlanExecutor(invoker, "a1").RunAsync(Task(new TaskCheck("second", "sum", CheckKind.Equals, 24)), default);

        outcome.Succeeded.ShouldBeTrue();
        outcome.Valid.ShouldBeTrue(outcome.Error);
        invoker.Calls.Select(c => c.Args["values"]!.ToJsonString()).ShouldBe(["[1,2,3]", "[2,4,6]"]);
        outcome.Result!["sum"]!.GetValue<double>().ShouldBe(24);
        outcome.ResultDigest.ShouldNotBeNull();
    }

    [Fact]
    public async Task Run_CheckFails_SucceededButNotValid()
    {
        var outcome = await new PlanExecutor(new DoublingInvoker(), "a1").RunAsync(Task(new TaskCheck("second", "sum", CheckKind.Max, 10)), default);

        outcome.Succeeded.ShouldBeTrue();
        outcome.Valid.ShouldBeFalse();
        outcome.Error!.ShouldContain("check failed: second.sum Max");
    }

    [Fact]
    public async Task Run_ToolError_StopsThePlanAndReportsTheStep()
    {
        var task = new AgentTask { Id = "t", Steps = [new TaskStep("s", "fail", [])] };

        var outcome = await new PlanExecutor(new DoublingInvoker(), "a1").RunAsync(task, default);

        outcome.Succeeded.ShouldBeFalse();
        outcome.Error!.ShouldContain("step 's' (fail): tool error: bad input");
    }

    [Theory]
    [InlineData("a", "${b.x}", "b", "${a.x}", "cycle")]
    [InlineData("a", "${zzz.x}", "b", "1", "unknown step 'zzz'")]
    [InlineData("a", "1", "a", "2", "used twice")]
    public async Task Run_InvalidPlan_IsReportedNotThrown(string id1, string ref1, string id2, string ref2, string expected)
    {
        var task = new AgentTask
        {
            Id = "t",
            Steps = [new TaskStep(id1, "double", new JsonObject { ["values"] = ref1 }), new TaskStep(id2, "double", new JsonObject { ["values"] = ref2 })],
        };

        var outcome = await new PlanExecutor(new DoublingInvoker(), "a1").RunAsync(task, default);

        outcome.Succeeded.ShouldBeFalse();
        outcome.Error!.ShouldContain(expected);
    }

    [Fact]
    public async Task MaliciousBehavior_FalsifiesNumbers_AndProbesOutsideItsGrants()
    {
        var invoker = new DoublingInvoker();
        var malicious = new BehavingInvoker(invoker, new AgentBehavior(BehaviorKind.Malicious, 1.0, 7), TimeProvider.System);

        var outcome = await new PlanExecutor(malicious, "bad").RunAsync(new AgentTask
        {
            Id = "t",
            Steps = [new TaskStep("first", "double", new JsonObject { ["values"] = new JsonArray(1, 2, 3) })],
            Checks = [new TaskCheck("first", "sum", CheckKind.Equals, 12)],
        }, default);

        outcome.Valid.ShouldBeFalse();
        invoker.Calls.ShouldContain(c => c.Tool == BehavingInvoker.ProbeTool);
    }

    [Fact]
    public async Task FaultyBehavior_AtRateOne_FailsEveryCall()
    {
        var faulty = new BehavingInvoker(new DoublingInvoker(), new AgentBehavior(BehaviorKind.Faulty, 1.0, 1), TimeProvider.System);

        var outcome = await new PlanExecutor(faulty, "f").RunAsync(Task(), default);

        outcome.Succeeded.ShouldBeFalse();
        outcome.Error!.ShouldContain("agent fault");
    }

    [Theory]
    [InlineData("honest", BehaviorKind.Honest, 0)]
    [InlineData("faulty:0.25", BehaviorKind.Faulty, 0.25)]
    [InlineData("slow:800", BehaviorKind.Slow, 800)]
    [InlineData("malicious", BehaviorKind.Malicious, 0.5)]
    public void Parse_ValidForms(string text, BehaviorKind kind, double rate)
    {
        var behavior = AgentBehavior.Parse(text, 1);

        behavior.Kind.ShouldBe(kind);
        behavior.Rate.ShouldBe(rate);
    }

    [Theory]
    [InlineData("evil")]
    [InlineData("faulty:2")]
    public void Parse_Invalid_Throws(string text) => Should.Throw<FormatException>(() => AgentBehavior.Parse(text, 1));
}
