using SecureMcp.Gateway.Federation;

namespace SecureMcp.Gateway.Tests;

public sealed class UriTemplatePatternTests
{
    [Theory]
    [InlineData("test://template/{id}/data", "test://template/42/data", true)]
    [InlineData("test://template/{id}/data", "test://template/4/2/data", false)]
    [InlineData("file:///{+path}", "file:///a/b/c.txt", true)]
    [InlineData("toolserver://sandbox/{path}", "toolserver://sandbox/x.csv", true)]
    [InlineData("search://q{?term,limit}", "search://q?term=a&limit=2", true)]
    [InlineData("a://b.{c}", "a://bxc", false)]
    public void Compile_MatchesOnlyExpansions(string template, string uri, bool matches) =>
        UriTemplatePattern.Compile(template).IsMatch(uri).ShouldBe(matches);
}
