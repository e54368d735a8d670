using SecureMcp.Trust.Evaluation;

namespace SecureMcp.Trust.Tests.Evaluation;

public sealed class TrustEvaluationTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "trust-eval-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task RunAsync_Quick_PrintsTableWritesCsvAndSvgAndReturnsZero()
    {
        using var output = new StringWriter();
        var code = await TrustEvaluation.RunAsync(new TrustEvaluationOptions { OutputDirectory = _dir, Quick = true }, output, CancellationToken.None);

        var text = output.ToString();
        code.ShouldBe(0, text);
        text.ShouldContain("scenario");
        text.ShouldContain("PASS");
        text.ShouldNotContain("FAIL", Case.Sensitive);
        var csv = await File.ReadAllLinesAsync(Path.Combine(_dir, TrustEvaluation.CsvFileName));
        csv[0].ShouldBe("scenario,measured,target,passed,detail");
        csv.Length.ShouldBe(13);
        var svg = await File.ReadAllTextAsync(Path.Combine(_dir, TrustEvaluation.SvgFileName));
        svg.ShouldStartWith("<svg");
        svg.ShouldContain("<polyline");
        System.Xml.Linq.XDocument.Parse(svg).Root!.Name.LocalName.ShouldBe("svg");
    }

    [Fact]
    public void Format_FailedResult_ShowsFail()
    {
        var table = ResultTable.Format([new ScenarioResult("x", 0.5, "≤ 0.1", false, "")]);
        table.ShouldContain("FAIL");
        table.ShouldContain("0.5000");
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }
}
