using ModelContextProtocol.Protocol;
using SecureMcp.Core.Inspection;
using SecureMcp.Inspection.Risk;
using SecureMcp.Inspection.Tests.Support;

namespace SecureMcp.Inspection.Tests.Risk;

public sealed class ToolRiskClassifierTests
{
    private readonly ToolRiskClassifier _classifier = new();

    [Fact]
    public void Classify_ShellTool_IsCritical()
    {
        var risk = _classifier.Classify("desk", Tools.Make("execute_command", "Execute a terminal command", """{"type":"object","properties":{"command":{"type":"string"}}}"""));
        risk.Level.ShouldBe(RiskLevel.Critical);
        risk.Capabilities.HasFlag(ToolCapabilities.ExecutesCommands).ShouldBeTrue();
        risk.Reasons.ShouldContain(r => r.Contains("execute", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_DeleteTool_IsHigh()
    {
        var risk = _classifier.Classify("memory", Tools.Make("delete_entities", "Delete multiple entities"));
        risk.Level.ShouldBe(RiskLevel.High);
        risk.Capabilities.HasFlag(ToolCapabilities.Deletes).ShouldBeTrue();
    }

    [Fact]
    public void Classify_DestructiveAnnotationOnBlandName_RaisesToHigh()
    {
        var risk = _classifier.Classify("s", Tools.Make("tidy", "Tidies up", annotations: new ToolAnnotations { DestructiveHint = true }));
        risk.Level.ShouldBe(RiskLevel.High);
        risk.Reasons.ShouldContain("annotation destructiveHint=true");
    }

    [Fact]
    public void Classify_ReadOnlyHintOnDeleteName_DoesNotLowerRisk()
    {
        var risk = _classifier.Classify("s", Tools.Make("delete_repo", "Deletes a repository", annotations: new ToolAnnotations { ReadOnlyHint = true }));
        risk.Level.ShouldBe(RiskLevel.High);
    }

    [Fact]
    public void Classify_UrlFetch_IsMediumNetwork()
    {
        var risk = _classifier.Classify("web", Tools.Make("fetch", "Fetches a URL", """{"type":"object","properties":{"url":{"type":"string"}}}"""));
        risk.Level.ShouldBe(RiskLevel.Medium);
        risk.Capabilities.HasFlag(ToolCapabilities.Network).ShouldBeTrue();
    }

    [Fact]
    public void Classify_EnvironmentVariables_IsHighCredentials()
    {
        var risk = _classifier.Classify("everything", Tools.Make("get-env", "Returns all environment variables"));
        risk.Level.ShouldBe(RiskLevel.High);
        risk.Capabilities.HasFlag(ToolCapabilities.Credentials).ShouldBeTrue();
    }

    [Fact]
    public void Classify_SendAndDelete_CombineToCritical()
    {
        var risk = _classifier.Classify("mail", Tools.Make("send_and_delete_email", "Sends then removes an email"));
        risk.Level.ShouldBe(RiskLevel.Critical);
    }

    [Fact]
    public void Classify_ReadOnlyCalculator_IsLow()
    {
        var risk = _classifier.Classify("math", Tools.Make("get_sum", "Returns the sum of two numbers", annotations: new ToolAnnotations { ReadOnlyHint = true }));
        risk.Level.ShouldBe(RiskLevel.Low);
        risk.Reasons.ShouldContain("annotation readOnlyHint=true");
    }

    [Fact]
    public void Classify_AnyFileClaim_IsBroadFileSystem()
    {
        var risk = _classifier.Classify("fs", Tools.Make("open_doc", "Opens any file on the machine"));
        risk.Capabilities.HasFlag(ToolCapabilities.BroadFileSystem).ShouldBeTrue();
        risk.Level.ShouldBe(RiskLevel.High);
    }

    [Fact]
    public void Classify_ServerFloor_RaisesLevel()
    {
        var classifier = new ToolRiskClassifier(new Dictionary<string, RiskLevel> { ["untrusted"] = RiskLevel.High });
        var risk = classifier.Classify("untrusted", Tools.Make("get_sum", "Adds"));
        risk.Level.ShouldBe(RiskLevel.High);
        risk.Reasons.ShouldContain(r => r.Contains("risk floor", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_SqlQueryTool_HasDatabaseCapability()
    {
        var risk = _classifier.Classify("pg", Tools.Make("query", "Run a read-only SQL query", """{"type":"object","properties":{"sql":{"type":"string"}}}"""));
        risk.Capabilities.HasFlag(ToolCapabilities.Database).ShouldBeTrue();
    }

    [Fact]
    public void Classify_NegatedShellPhrase_DoesNotInferExecution()
    {
        var risk = _classifier.Classify("desk", Tools.Make("read_file", "Reads a file. Use this instead of starting a shell command with cat."));
        risk.Capabilities.HasFlag(ToolCapabilities.ExecutesCommands).ShouldBeFalse();
    }

    [Fact]
    public void Classify_AnyFileInProse_IsNotBroadFileSystem()
    {
        var risk = _classifier.Classify("desk", Tools.Make("write_file", "Writes text. Standard process for any file: write in chunks."));
        risk.Capabilities.HasFlag(ToolCapabilities.BroadFileSystem).ShouldBeFalse();
    }
}
