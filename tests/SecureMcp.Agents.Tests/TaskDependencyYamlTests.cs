using SecureMcp.Agents.Tasks;

namespace SecureMcp.Agents.Tests;

public sealed class TaskDependencyYamlTests
{
    private const string Step = "steps: [ { id: s, tool: t, arguments: {} } ]";

    [Fact]
    public void Parse_DependsOnRepeatedTemplateWithSameRepeat_PairsCopies()
    {
        var tasks = TaskYamlLoader.Parse($"tasks:\n  - {{ id: a, repeat: 2, {Step} }}\n  - {{ id: b, repeat: 2, dependsOn: [a], {Step} }}\n  - {{ id: c, dependsOn: [a, b-2], {Step} }}");

        tasks.Single(t => t.Id == "b-1").DependsOn.ShouldBe(["a-1"]);
        tasks.Single(t => t.Id == "b-2").DependsOn.ShouldBe(["a-2"]);
        tasks.Single(t => t.Id == "c").DependsOn.ShouldBe(["a-1", "a-2", "b-2"]);
    }

    [Fact]
    public void Parse_UnknownDependency_IsRefusedNamingIt()
    {
        var ex = Should.Throw<FormatException>(() => TaskYamlLoader.Parse($"tasks:\n  - {{ id: a, dependsOn: [ghost], {Step} }}"));

        ex.Message.ShouldBe("tasks: 'a' depends on 'ghost', which is not a task of this workload");
    }

    [Fact]
    public void Parse_DependencyCycle_IsRefusedNamingTheCycle()
    {
        var ex = Should.Throw<FormatException>(() => TaskYamlLoader.Parse(
            $"tasks:\n  - {{ id: a, dependsOn: [c], {Step} }}\n  - {{ id: b, dependsOn: [a], {Step} }}\n  - {{ id: c, dependsOn: [b], {Step} }}"));

        ex.Message.ShouldBe("tasks: dependency cycle a -> c -> b -> a");
    }
}
