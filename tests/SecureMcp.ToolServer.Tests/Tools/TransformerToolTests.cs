using SecureMcp.ToolServer.Tests.Support;
using SecureMcp.ToolServer.Tools;

namespace SecureMcp.ToolServer.Tests.Tools;

public class TransformerToolTests
{
    private const string Orders = """
        [{"order": 1, "customer": "c1", "amount": 10, "qty": 2},
         {"order": 2, "customer": "c2", "amount": 25, "qty": 1},
         {"order": 3, "customer": "c1", "amount": 5, "qty": 4},
         {"order": 4, "customer": "c9", "amount": 40, "qty": 1}]
        """;

    private const string Customers = """[{"customer": "c1", "name": "Ann"}, {"customer": "c2", "name": "Bob"}]""";

    [Fact]
    public void Execute_InnerJoin_MatchesRowsOnKey()
    {
        var json = Args.Json(new TransformerTool().Execute(Args.Parse($$$"""{"rows": {{{Orders}}}, "join": {"rows": {{{Customers}}}, "leftKey": "customer"}}""")));

        json.GetProperty("rowCount").GetInt32().ShouldBe(3);
        json.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ShouldBe(["Ann", "Bob", "Ann"]);
    }

    [Fact]
    public void Execute_LeftJoin_KeepsUnmatchedRowsWithNulls()
    {
        var json = Args.Json(new TransformerTool().Execute(Args.Parse($$$"""{"rows": {{{Orders}}}, "join": {"rows": {{{Customers}}}, "leftKey": "customer", "type": "left"}}""")));

        json.GetProperty("rowCount").GetInt32().ShouldBe(4);
        json.GetProperty("rows")[3].GetProperty("name").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public void Execute_FilterComputeRenameSelectSort_AppliesInOrder()
    {
        var args = $$"""
            {
              "rows": {{Orders}},
              "filter": [{"field": "amount", "op": "gte", "value": 10}],
              "compute": [{"name": "total", "left": "amount", "op": "multiply", "right": "qty"}],
              "rename": {"customer": "who"},
              "select": ["who", "total"],
              "sort": [{"field": "who", "direction": "asc"}, {"field": "total", "direction": "desc"}]
            }
            """;

        var json = Args.Json(new TransformerTool().Execute(Args.Parse(args)));

        json.GetProperty("columns").EnumerateArray().Select(c => c.GetString()).ShouldBe(["who", "total"]);
        json.GetProperty("rows").EnumerateArray().Select(r => $"{r.GetProperty("who").GetString()}={r.GetProperty("total").GetDouble()}")
            .ShouldBe(["c1=20", "c2=25", "c9=40"]);
    }

    [Fact]
    public void Execute_InFilterAndLimit_KeepsMatchingPrefix()
    {
        var args = $$"""{"rows": {{Orders}}, "filter": [{"field": "customer", "op": "in", "values": ["c1", "c9"]}], "limit": 2}""";

        var json = Args.Json(new TransformerTool().Execute(Args.Parse(args)));

        json.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("order").GetInt32()).ShouldBe([1, 3]);
    }

    [Fact]
    public void Execute_DivideByZero_GivesNull()
    {
        var args = """{"rows": [{"a": 1, "b": 0}], "compute": [{"name": "r", "left": "a", "op": "divide", "right": "b"}]}""";

        Args.Json(new TransformerTool().Execute(Args.Parse(args))).GetProperty("rows")[0].GetProperty("r").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public void Execute_SortOnUnknownColumn_ReturnsError()
    {
        new TransformerTool().Execute(Args.Parse($$"""{"rows": {{Orders}}, "sort": [{"field": "nope"}]}""")).ShouldBeError("unknown column 'nope'");
    }
}
