using System.Text.Json;
using SecureMcp.Agents.Execution;
using SecureMcp.Agents.Tasks;
using SecureMcp.IntegrationTests.Support;

namespace SecureMcp.IntegrationTests;

/// <summary>The demo workload is runnable: one copy of every task template, run by an honest agent through the gateway, passes its checks.</summary>
[Collection(GatewayCollection.Name)]
public sealed class WorkloadTests(GatewayFixture fixture)
{
    [Fact]
    public async Task DemoWorkload_EveryTemplate_PassesItsChecksThroughTheGateway()
    {
        var tasks = TaskYamlLoader.LoadFile(Path.Combine(CliPaths.RepoRoot, "config", "workload.yaml"));
        tasks.Count.ShouldBeGreaterThanOrEqualTo(30);
        tasks.SelectMany(t => t.Steps).Select(s => s.Tool).Distinct().Count().ShouldBe(8);
        await using var client = await fixture.Harness.ConnectAsync();
        var executor = new PlanExecutor(new McpToolInvoker(client), "alice");

        foreach (var template in tasks.GroupBy(t => t.Id[..t.Id.LastIndexOf('-')]).Select(g => g.First()))
        {
            var outcome = await executor.RunAsync(template, default);
            outcome.Valid.ShouldBeTrue($"{template.Id}: {outcome.Error}");
        }
    }

    [Theory]
    [InlineData("tasks: [", "line")]
    [InlineData("other: 1", "must have a 'tasks' list")]
    [InlineData("tasks:\n  - id: a\n    steps: []", "needs an id and at least one step")]
    [InlineData("tasks:\n  - id: a\n    steps: [ { id: s, tool: t, arguments: {} } ]\n  - id: a\n    steps: [ { id: s, tool: t, arguments: {} } ]", "used twice")]
    public void TaskYaml_Invalid_IsRefusedWithAReason(string yaml, string expected) =>
        Should.Throw<FormatException>(() => TaskYamlLoader.Parse(yaml)).Message.ShouldContain(expected);

    [Fact]
    public void TaskYaml_Repeat_MakesNumberedCopies()
    {
        var tasks = TaskYamlLoader.Parse("tasks:\n  - id: a\n    repeat: 3\n    steps: [ { id: s, tool: t, arguments: { n: 1 } } ]");

        tasks.Select(t => t.Id).ShouldBe(["a-1", "a-2", "a-3"]);
        JsonSerializer.Serialize(tasks[0].Steps[0].Arguments).ShouldBe("{\"n\":1}");
    }
}
