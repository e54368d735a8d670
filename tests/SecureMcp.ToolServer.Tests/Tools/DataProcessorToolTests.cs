using System.Text.Json;
using SecureMcp.ToolServer.Tests.Support;
using SecureMcp.ToolServer.Tools;

namespace SecureMcp.ToolServer.Tests.Tools;

public class DataProcessorToolTests
{
    private const string Csv = "\" name \",price,qty,active\n  Apple ,\"1,200.50\",3,yes\nPear,$2,N/A,no\n  Apple ,\"1,200.50\",3,yes\nPlum,45%,,true\n";

    [Fact]
    public void Execute_MessyCsv_TrimsInfersTypesAndDedupes()
    {
        var json = Args.Json(new DataProcessorTool().Execute(Args.Parse(JsonSerializer.Serialize(new { csv = Csv }))));

        var types = json.GetProperty("columns").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("type").GetString());
        types.ShouldBe(new Dictionary<string, string?> { ["name"] = "string", ["price"] = "number", ["qty"] = "integer", ["active"] = "boolean" });
        var rows = json.GetProperty("rows");
        rows.GetArrayLength().ShouldBe(3);
        rows[0].GetProperty("name").GetString().ShouldBe("Apple");
        rows[0].GetProperty("price").GetDouble().ShouldBe(1200.5);
        rows[0].GetProperty("active").GetBoolean().ShouldBeTrue();
        rows[1].GetProperty("price").GetDouble().ShouldBe(2);
        rows[1].GetProperty("qty").ValueKind.ShouldBe(JsonValueKind.Null);
        rows[2].GetProperty("price").GetDouble().ShouldBe(0.45, 1e-12);
        json.GetProperty("summary").GetProperty("duplicatesRemoved").GetInt32().ShouldBe(1);
        json.GetProperty("summary").GetProperty("missingCells").GetInt32().ShouldBe(2);
    }

    [Fact]
    public void Execute_FillMean_FillsNumericGapsWithColumnMean()
    {
        var args = """{"rows": [{"a": 1}, {"a": null}, {"a": 5}], "missing": "fill_mean"}""";

        var json = Args.Json(new DataProcessorTool().Execute(Args.Parse(args)));

        json.GetProperty("rows")[1].GetProperty("a").GetDouble().ShouldBe(3);
        json.GetProperty("summary").GetProperty("cellsFilled").GetInt32().ShouldBe(1);
    }

    [Fact]
    public void Execute_DropRow_RemovesRowsWithMissingCells()
    {
        var args = """{"rows": [{"a": 1, "b": "x"}, {"a": 2, "b": "NA"}, {"a": 3, "b": "z"}], "missing": "drop_row"}""";

        var json = Args.Json(new DataProcessorTool().Execute(Args.Parse(args)));

        json.GetProperty("rows").GetArrayLength().ShouldBe(2);
        json.GetProperty("summary").GetProperty("rowsDropped").GetInt32().ShouldBe(1);
    }

    [Fact]
    public void Execute_MinMaxScale_MapsToUnitInterval()
    {
        var args = """{"rows": [{"a": 10}, {"a": 20}, {"a": 30}], "scale": "minmax"}""";

        var rows = Args.Json(new DataProcessorTool().Execute(Args.Parse(args))).GetProperty("rows");

        rows.EnumerateArray().Select(r => r.GetProperty("a").GetDouble()).ShouldBe([0, 0.5, 1]);
    }

    [Fact]
    public void Execute_ZScoreScale_GivesMeanZero()
    {
        var args = """{"rows": [{"a": 2}, {"a": 4}, {"a": 6}], "scale": "zscore"}""";

        var values = Args.Json(new DataProcessorTool().Execute(Args.Parse(args))).GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("a").GetDouble()).ToList();

        values.Sum().ShouldBe(0, 1e-12);
        values[2].ShouldBe(Math.Sqrt(1.5), 1e-12);
    }

    [Fact]
    public void Execute_FillValueWithoutValue_ReturnsError()
    {
        new DataProcessorTool().Execute(Args.Parse("""{"rows": [{"a": 1}], "missing": "fill_value"}""")).ShouldBeError("fillValue");
    }

    [Fact]
    public void Execute_UnterminatedCsvQuote_ReturnsError()
    {
        new DataProcessorTool().Execute(Args.Parse("""{"csv": "a\n\"open"}""")).ShouldBeError("unterminated");
    }
}
