using System.Text.Json.Nodes;
using SecureMcp.Agents.Execution;

namespace SecureMcp.Agents.Tests;

public sealed class ReferenceResolverTests
{
    private static readonly Dictionary<string, JsonNode?> Results = new()
    {
        ["clean"] = JsonNode.Parse("""{"rows":[{"a":1},{"a":2}],"columns":[{"name":"a","mean":1.5}]}"""),
    };

    [Fact]
    public void Resolve_WholeReference_KeepsTheJsonType()
    {
        var resolved = ReferenceResolver.Resolve(new JsonObject { ["rows"] = "${clean.rows}", ["n"] = 3 }, Results);

        resolved["rows"]!.AsArray().Count.ShouldBe(2);
        resolved["n"]!.GetValue<int>().ShouldBe(3);
    }

    [Fact]
    public void Resolve_EmbeddedReference_InterpolatesText()
    {
        var resolved = ReferenceResolver.Resolve(new JsonObject { ["title"] = "mean of a is ${clean.columns.0.mean}" }, Results);

        resolved["title"]!.GetValue<string>().ShouldBe("mean of a is 1.5");
    }

    [Fact]
    public void Resolve_MissingPath_Throws() =>
        Should.Throw<PlanException>(() => ReferenceResolver.Resolve(new JsonObject { ["x"] = "${clean.nope}" }, Results)).Message.ShouldContain("no value at 'nope'");

    [Fact]
    public void ReferencedSteps_FindsEveryStepNamedInTheTemplate() =>
        ReferenceResolver.ReferencedSteps(JsonNode.Parse("""{"a":"${x.rows}","b":["${y}", "t ${x.n}"]}""")).Order().ShouldBe(["x", "y"]);
}
