using SecureMcp.ToolServer.Tests.Support;
using SecureMcp.ToolServer.Tools;

namespace SecureMcp.ToolServer.Tests.Tools;

public class ValidatorToolTests
{
    private const string Args1 = """
        {
          "rows": [
            {"id": 1, "email": "a@x.org", "age": 30, "plan": "free"},
            {"id": 2, "email": "not-an-email", "age": 200, "plan": "gold"},
            {"id": 2, "age": "old", "plan": "pro"}
          ],
          "rules": [
            {"field": "id", "type": "integer", "unique": true},
            {"field": "email", "required": true, "pattern": "^[^@]+@[^@]+$"},
            {"field": "age", "type": "number", "min": 0, "max": 120},
            {"field": "plan", "allowed": ["free", "pro"]}
          ]
        }
        """;

    [Fact]
    public void Execute_BrokenRecords_ReportsEachViolationWithRowFieldAndRule()
    {
        var json = Args.Json(new ValidatorTool().Execute(Args.Parse(Args1)));

        json.GetProperty("valid").GetBoolean().ShouldBeFalse();
        var found = json.GetProperty("violations").EnumerateArray()
            .Select(v => $"{v.GetProperty("row").GetInt32()}:{v.GetProperty("field").GetString()}:{v.GetProperty("rule").GetString()}")
            .ToList();
        found.ShouldBe(["1:email:pattern", "1:age:max", "1:plan:allowed", "2:id:unique", "2:email:required", "2:age:type"]);
        json.GetProperty("violationCount").GetInt32().ShouldBe(6);
    }

    [Fact]
    public void Execute_ValidRecords_ReportsValid()
    {
        var args = """{"rows": [{"a": "x"}, {"a": "y"}], "rules": [{"field": "a", "required": true, "unique": true, "minLength": 1}]}""";

        var json = Args.Json(new ValidatorTool().Execute(Args.Parse(args)));

        json.GetProperty("valid").GetBoolean().ShouldBeTrue();
        json.GetProperty("violations").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public void Execute_InvalidRegex_ReturnsError()
    {
        var args = """{"rows": [{"a": "x"}], "rules": [{"field": "a", "pattern": "(unclosed"}]}""";

        new ValidatorTool().Execute(Args.Parse(args)).ShouldBeError("not a valid regular expression");
    }

    [Fact]
    public void Execute_UnknownRuleKey_ReturnsError()
    {
        var args = """{"rows": [{"a": "x"}], "rules": [{"field": "a", "bogus": true}]}""";

        new ValidatorTool().Execute(Args.Parse(args)).ShouldBeError("rules[0].bogus");
    }
}
