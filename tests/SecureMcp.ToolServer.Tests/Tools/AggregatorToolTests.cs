using System.Text.Json;
using SecureMcp.ToolServer.Tests.Support;
using SecureMcp.ToolServer.Tools;

namespace SecureMcp.ToolServer.Tests.Tools;

public class AggregatorToolTests
{
    private const string Sales = """
        [{"region": "N", "product": "a", "units": 3, "price": 2},
         {"region": "S", "product": "a", "units": 5, "price": 4},
         {"region": "N", "product": "b", "units": 7, "price": 6},
         {"region": "N", "product": "a", "units": 1, "price": null}]
        """;

    [Fact]
    public void Execute_GroupByOneKey_SumsMeansAndCounts()
    {
        var args = $$"""
            {"rows": {{Sales}}, "groupBy": ["region"],
             "metrics": [{"op": "sum", "field": "units"}, {"op": "mean", "field": "price"}, {"op": "count"}, {"op": "min", "field": "units", "as": "least"}, {"op": "max", "field": "units"}]}
            """;

        var json = Args.Json(new AggregatorTool().Execute(Args.Parse(args)));

        json.GetProperty("groupCount").GetInt32().ShouldBe(2);
        var north = json.GetProperty("rows")[0];
        north.GetProperty("region").GetString().ShouldBe("N");
        north.GetProperty("sum_units").GetDouble().ShouldBe(11);
        north.GetProperty("mean_price").GetDouble().ShouldBe(4);
        north.GetProperty("count").GetDouble().ShouldBe(3);
        north.GetProperty("least").GetDouble().ShouldBe(1);
        north.GetProperty("max_units").GetDouble().ShouldBe(7);
        json.GetProperty("rows")[1].GetProperty("sum_units").GetDouble().ShouldBe(5);
    }

    [Fact]
    public void Execute_GroupByTwoKeys_FormsOneGroupPerCombination()
    {
        var args = $$"""{"rows": {{Sales}}, "groupBy": ["region", "product"], "metrics": [{"op": "sum", "field": "units", "as": "u"}]}""";

        var rows = Args.Json(new AggregatorTool().Execute(Args.Parse(args))).GetProperty("rows").EnumerateArray()
            .Select(r => $"{r.GetProperty("region").GetString()}/{r.GetProperty("product").GetString()}={r.GetProperty("u").GetDouble()}");

        rows.ShouldBe(["N/a=4", "S/a=5", "N/b=7"]);
    }

    [Fact]
    public void Execute_SumWithoutField_ReturnsError()
    {
        new AggregatorTool().Execute(Args.Parse($$"""{"rows": {{Sales}}, "groupBy": ["region"], "metrics": [{"op": "sum"}]}""")).ShouldBeError("metrics[0].field");
    }

    [Fact]
    public void Execute_UnknownGroupKey_ReturnsError()
    {
        new AggregatorTool().Execute(Args.Parse($$"""{"rows": {{Sales}}, "groupBy": ["nope"], "metrics": [{"op": "count"}]}""")).ShouldBeError("Unknown column 'nope'");
    }

    [Fact]
    public void Execute_StructuredContent_MatchesText()
    {
        var result = new AggregatorTool().Execute(Args.Parse($$"""{"rows": {{Sales}}, "groupBy": ["product"], "metrics": [{"op": "count"}]}"""));

        result.StructuredContent!.Value.GetProperty("groupCount").GetInt32().ShouldBe(2);
        result.StructuredContent.Value.ValueKind.ShouldBe(JsonValueKind.Object);
    }
}
