using System.Text.Json.Nodes;
using SecureMcp.Agents.Coordination;
using SecureMcp.Agents.Execution;
using SecureMcp.Agents.Tasks;

namespace SecureMcp.Agents.Tests;

public sealed class TaskChecksTests
{
    private static readonly JsonNode Schema = JsonNode.Parse("""
        { "type": "object", "required": ["rows", "rowCount"], "properties": { "rowCount": { "type": "integer", "minimum": 0 }, "rows": { "type": "array" } } }
        """)!;

    private static Dictionary<string, JsonNode?> Result(string json) => new() { ["s"] = JsonNode.Parse(json) };

    [Fact]
    public void FirstFailure_ResultMatchesSchema_Passes() =>
        CheckEvaluator.FirstFailure([new TaskCheck("s", "", CheckKind.Schema, Schema)], Result("""{ "rows": [], "rowCount": 0 }""")).ShouldBeNull();

    [Fact]
    public void FirstFailure_ResultBreaksSchema_NamesTheViolation() =>
        CheckEvaluator.FirstFailure([new TaskCheck("s", "", CheckKind.Schema, Schema)], Result("""{ "rows": "x", "rowCount": -1 }"""))
            .ShouldBe("check failed: s does not match the expected schema: $.rows: expected array, got string; $.rowCount: below minimum 0");

    [Fact]
    public void Parse_CrossCheckRetryBudgetAndSchemaCheck_ReachTheSchedulerSpec()
    {
        var task = TaskYamlLoader.Parse("""
            tasks:
              - id: t
                crossCheck: 2
                retryBudget: 1
                steps: [ { id: s, tool: toolserver__validator, arguments: {} } ]
                checks:
                  - { step: s, path: "", kind: schema, value: { type: object, required: [rowCount] } }
            """).Single();

        task.Checks.Single().Kind.ShouldBe(CheckKind.Schema);
        var spec = Coordinator.ToSpec(task);
        spec.RedundancyHint.ShouldBe(2);
        spec.RetryBudget.ShouldBe(1);
        spec.Upstreams.ShouldBe(["toolserver"]);
        spec.Payload.ShouldNotBeNull().ShouldContain("\"crossCheck\":2");
    }
}
