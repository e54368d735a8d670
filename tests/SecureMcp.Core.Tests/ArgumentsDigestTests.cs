using System.Text.Json;
using SecureMcp.Core.Audit;

namespace SecureMcp.Core.Tests;

public sealed class ArgumentsDigestTests
{
    [Fact]
    public void Compute_SameArguments_SameDigest_DifferentArguments_DifferentDigest()
    {
        var a = JsonDocument.Parse("""{"x":1}""").RootElement;
        var b = JsonDocument.Parse("""{"x":1}""").RootElement;
        var c = JsonDocument.Parse("""{"x":2}""").RootElement;

        ArgumentsDigest.Compute(a).ShouldBe(ArgumentsDigest.Compute(b));
        ArgumentsDigest.Compute(a).ShouldNotBe(ArgumentsDigest.Compute(c));
        ArgumentsDigest.Compute(a)!.Length.ShouldBe(64);
    }

    [Fact]
    public void Compute_NoArguments_IsNull() => ArgumentsDigest.Compute(null).ShouldBeNull();
}
