using SecureMcp.ToolServer.Tests.Support;
using SecureMcp.ToolServer.Tools;

namespace SecureMcp.ToolServer.Tests.Tools;

public class AnalyzerToolTests
{
    private const string Rows = """
        {"rows": [
          {"x": 1, "y": 2, "z": 5, "name": "a"},
          {"x": 2, "y": 4, "z": 3, "name": "b"},
          {"x": 3, "y": 6, "z": 4, "name": "c"},
          {"x": 4, "y": 8, "z": 1, "name": "d"},
          {"x": 5, "y": 10, "z": 2, "name": "e"}
        ]}
        """;

    [Fact]
    public void Execute_NumericColumns_ReturnsKnownStatistics()
    {
        var json = Args.Json(new AnalyzerTool().Execute(Args.Parse(Rows)));

        var x = json.GetProperty("columns")[0];
        x.GetProperty("name").GetString().ShouldBe("x");
        x.GetProperty("count").GetInt32().ShouldBe(5);
        x.GetProperty("mean").GetDouble().ShouldBe(3.0, 1e-12);
        x.GetProperty("std").GetDouble().ShouldBe(Math.Sqrt(2.5), 1e-12);
        x.GetProperty("min").GetDouble().ShouldBe(1);
        x.GetProperty("q1").GetDouble().ShouldBe(2);
        x.GetProperty("median").GetDouble().ShouldBe(3);
        x.GetProperty("q3").GetDouble().ShouldBe(4);
        x.GetProperty("max").GetDouble().ShouldBe(5);
        json.GetProperty("nonNumericColumns")[0].GetString().ShouldBe("name");
    }

    [Fact]
    public void Execute_NumericColumns_ReturnsPearsonCorrelations()
    {
        var correlations = Args.Json(new AnalyzerTool().Execute(Args.Parse(Rows))).GetProperty("correlations").EnumerateArray().ToList();

        correlations.Count.ShouldBe(3);
        var xy = correlations.Single(c => c.GetProperty("left").GetString() == "x" && c.GetProperty("right").GetString() == "y");
        xy.GetProperty("r").GetDouble().ShouldBe(1.0, 1e-12);
        var xz = correlations.Single(c => c.GetProperty("left").GetString() == "x" && c.GetProperty("right").GetString() == "z");
        xz.GetProperty("r").GetDouble().ShouldBe(-0.8, 1e-12);
        xz.GetProperty("pairs").GetInt32().ShouldBe(5);
    }

    [Fact]
    public void Execute_CsvWithEvenCount_InterpolatesQuartiles()
    {
        var json = Args.Json(new AnalyzerTool().Execute(Args.Parse("""{"csv": "v\n1\n2\n3\n4"}""")));

        var v = json.GetProperty("columns")[0];
        v.GetProperty("median").GetDouble().ShouldBe(2.5);
        v.GetProperty("q1").GetDouble().ShouldBe(1.75);
        v.GetProperty("q3").GetDouble().ShouldBe(3.25);
    }

    [Fact]
    public void Execute_SingleValue_ReportsNullStandardDeviation()
    {
        var json = Args.Json(new AnalyzerTool().Execute(Args.Parse("""{"rows": [{"v": 7}]}""")));

        json.GetProperty("columns")[0].GetProperty("std").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public void Execute_UnknownColumn_ReturnsError()
    {
        new AnalyzerTool().Execute(Args.Parse("""{"rows": [{"v": 1}], "columns": ["w"]}""")).ShouldBeError("Column 'w'");
    }
}
