using SecureMcp.ToolServer.Tests.Support;
using SecureMcp.ToolServer.Tools;

namespace SecureMcp.ToolServer.Tests.Tools;

public class ReporterToolTests
{
    private static readonly FixedTimeProvider Clock = new(new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.Zero));

    [Fact]
    public void Execute_SectionsWithPriorResults_RendersMarkdownTablesAndLists()
    {
        var args = """
            {
              "title": "Sales review",
              "sections": [
                {"heading": "Totals", "text": "By region.", "data": {"groupCount": 2, "rows": [{"region": "N", "units": 11}, {"region": "S|x", "units": 5}]}},
                {"heading": "Notes", "data": ["first", "second"]}
              ]
            }
            """;

        var result = new ReporterTool(Clock).Execute(Args.Parse(args));

        result.IsError.ShouldBe(false);
        var md = Args.Text(result);
        md.ShouldStartWith("# Sales review\n");
        md.ShouldContain("_Generated 2025-03-04 05:06:07 UTC._");
        md.ShouldContain("## Totals\n\nBy region.");
        md.ShouldContain("- **groupCount**: 2");
        md.ShouldContain("| region | units |\n| --- | --- |\n| N | 11 |\n| S\\|x | 5 |");
        md.ShouldContain("- first\n- second");
    }

    [Fact]
    public void Execute_MaxRows_TruncatesTablesWithNote()
    {
        var args = """{"title": "T", "sections": [{"heading": "Rows", "data": [{"a": 1}, {"a": 2}, {"a": 3}]}], "maxRows": 2}""";

        var md = Args.Text(new ReporterTool(Clock).Execute(Args.Parse(args)));

        md.ShouldContain("| 2 |");
        md.ShouldNotContain("| 3 |");
        md.ShouldContain("1 more rows not shown");
    }

    [Fact]
    public void Execute_SectionWithoutHeading_ReturnsError()
    {
        new ReporterTool(Clock).Execute(Args.Parse("""{"title": "T", "sections": [{"text": "x"}]}""")).ShouldBeError("sections[0].heading");
    }
}
