using SecureMcp.Core.Events;
using SecureMcp.Inspection.Arguments;
using SecureMcp.Inspection.Findings;
using SecureMcp.Inspection.Policy;
using SecureMcp.Inspection.Risk;
using SecureMcp.Inspection.Tests.Support;

namespace SecureMcp.Inspection.Tests.Arguments;

public sealed class ArgumentInspectorTests
{
    [Fact]
    public async Task Inspect_PathOutsideAllowedRoots_IsHigh()
    {
        var inspector = new ArgumentInspector(new ArgumentOptions { AllowedRoots = ["/srv/data"] });
        var findings = await inspector.InspectAsync(Tools.Json("""{"path":"/home/bob/notes.txt"}"""), ToolCapabilities.FileSystem);
        findings.ShouldContain(f => f.Detector == DetectorIds.PathTraversal && f.Severity == SecuritySeverity.High && f.Location == "$.path");
    }

    [Fact]
    public async Task Inspect_PathInsideAllowedRoots_IsClean()
    {
        var inspector = new ArgumentInspector(new ArgumentOptions { AllowedRoots = ["/srv/data"] });
        (await inspector.InspectAsync(Tools.Json("""{"path":"/srv/data/a/b.txt"}"""), ToolCapabilities.FileSystem)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Inspect_EncodedTraversal_IsCritical()
    {
        var findings = await new ArgumentInspector().InspectAsync(Tools.Json("""{"path":"%252e%252e%252fsecret"}"""), ToolCapabilities.FileSystem);
        findings.ShouldContain(f => f.Detector == DetectorIds.PathTraversal && f.Severity == SecuritySeverity.Critical);
    }

    [Fact]
    public async Task Inspect_ShellMetacharactersOnNonExecTool_AreIgnored()
    {
        var findings = await new ArgumentInspector().InspectAsync(Tools.Json("""{"text":"a; b | c"}"""), ToolCapabilities.Writes);
        findings.ShouldNotContain(f => f.Detector == DetectorIds.ShellInjection);
    }

    [Fact]
    public async Task Inspect_DnsNameResolvingToLoopback_IsSsrf()
    {
        var resolver = new FakeResolver();
        var findings = await new ArgumentInspector(new ArgumentOptions(), resolver).InspectAsync(Tools.Json("""{"url":"http://rebind.attacker.test/x"}"""), ToolCapabilities.Network);
        findings.ShouldContain(f => f.Detector == DetectorIds.Ssrf && f.Explanation.Contains("resolves to 127.0.0.1", StringComparison.Ordinal));
        resolver.Queries.ShouldContain("rebind.attacker.test");
    }

    [Fact]
    public async Task Inspect_DnsDisabled_DoesNotResolve()
    {
        var resolver = new FakeResolver();
        await new ArgumentInspector(new ArgumentOptions { ResolveDns = false }, resolver).InspectAsync(Tools.Json("""{"url":"http://rebind.attacker.test/"}"""), ToolCapabilities.Network);
        resolver.Queries.ShouldBeEmpty();
    }

    [Fact]
    public async Task Inspect_DnsTimeout_IsNotTreatedAsPrivate()
    {
        var findings = await new ArgumentInspector(new ArgumentOptions(), new FakeResolver()).InspectAsync(Tools.Json("""{"url":"http://slow.attacker.test/"}"""), ToolCapabilities.Network);
        findings.ShouldBeEmpty();
    }

    [Fact]
    public async Task Inspect_AllowedHost_IsExempt()
    {
        var inspector = new ArgumentInspector(new ArgumentOptions { AllowedHosts = ["localhost"] }, new FakeResolver());
        (await inspector.InspectAsync(Tools.Json("""{"url":"http://localhost:8080/"}"""), ToolCapabilities.Network)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("2130706433", "loopback")]
    [InlineData("0x7f.1", "loopback")]
    [InlineData("0177.0.0.01", "loopback")]
    [InlineData("10.1.2.3", "private")]
    [InlineData("169.254.169.254", "cloud metadata")]
    [InlineData("::ffff:10.0.0.1", "private")]
    [InlineData("fe80::1", "link-local")]
    public void AddressClassifier_InternalForms_AreRecognised(string host, string range)
    {
        AddressClassifier.TryParse(host, out var address).ShouldBeTrue();
        AddressClassifier.InternalRange(address).ShouldBe(range);
    }

    [Fact]
    public void AddressClassifier_PublicAddress_IsNotInternal()
    {
        AddressClassifier.TryParse("93.184.216.34", out var address).ShouldBeTrue();
        AddressClassifier.InternalRange(address).ShouldBeNull();
    }

    [Fact]
    public async Task Inspect_SqlOnNonDatabaseTool_IsIgnored()
    {
        var findings = await new ArgumentInspector().InspectAsync(Tools.Json("""{"query":"' OR '1'='1"}"""), ToolCapabilities.Network);
        findings.ShouldNotContain(f => f.Detector == DetectorIds.SqlInjection);
    }
}
