using System.Buffers.Binary;
using ModelContextProtocol.Protocol;
using SecureMcp.ToolServer.Tests.Support;
using SecureMcp.ToolServer.Tools;

namespace SecureMcp.ToolServer.Tests.Tools;

public class VisualizerToolTests
{
    private const string Rows = """[{"m": "Jan", "sales": 10, "cost": 4}, {"m": "Feb", "sales": 30, "cost": 8}, {"m": "Mar", "sales": 20, "cost": null}]""";

    [Theory]
    [InlineData("bar")]
    [InlineData("line")]
    public void Execute_Chart_ReturnsSvgTextAndPngImage(string type)
    {
        var result = new VisualizerTool().Execute(Args.Parse($$"""{"rows": {{Rows}}, "type": "{{type}}", "x": "m", "y": ["sales", "cost"], "title": "Q1 <sales>", "width": 320, "height": 200}"""));

        result.IsError.ShouldBe(false);
        var svg = result.Content[0].ShouldBeOfType<TextContentBlock>().Text;
        svg.ShouldStartWith("<svg");
        svg.ShouldContain("Q1 &lt;sales&gt;");
        svg.ShouldContain(">Feb<");
        var image = result.Content[1].ShouldBeOfType<ImageContentBlock>();
        image.MimeType.ShouldBe("image/png");
        var png = image.DecodedData.ToArray();
        png.AsSpan(0, 8).ToArray().ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)).ShouldBe(320);
        BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)).ShouldBe(200);
    }

    [Fact]
    public void Execute_BarChart_SvgHasOneBarPerValue()
    {
        var result = new VisualizerTool().Execute(Args.Parse($$"""{"rows": {{Rows}}, "type": "bar", "x": "m", "y": ["sales", "cost"]}"""));

        var svg = ((TextContentBlock)result.Content[0]).Text;
        svg.Split("<rect x=").Length.ShouldBe(1 + 5 + 2); // five non-null bars plus two legend swatches
    }

    [Fact]
    public void Execute_UnknownSeriesColumn_ReturnsError()
    {
        new VisualizerTool().Execute(Args.Parse($$"""{"rows": {{Rows}}, "type": "bar", "x": "m", "y": ["profit"]}""")).ShouldBeError("Column 'profit'");
    }

    [Fact]
    public void Execute_UnsupportedChartType_ReturnsError()
    {
        new VisualizerTool().Execute(Args.Parse($$"""{"rows": {{Rows}}, "type": "pie", "x": "m", "y": ["sales"]}""")).ShouldBeError("one of: bar, line");
    }
}
