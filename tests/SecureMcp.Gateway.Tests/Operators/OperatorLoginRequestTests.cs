using System.Text;
using SecureMcp.Gateway.Operators;

namespace SecureMcp.Gateway.Tests.Operators;

public sealed class OperatorLoginRequestTests
{
    private static OperatorLoginRequest? Parse(string json, out string? error) => OperatorLoginRequest.Parse(Encoding.UTF8.GetBytes(json), out error);

    [Fact]
    public void Parse_AllThreeFields_ReturnsRequest()
    {
        var request = Parse("""{"username":"alice","password":"pw","code":"123456"}""", out var error);

        error.ShouldBeNull();
        request.ShouldBe(new OperatorLoginRequest("alice", "pw", "123456"));
        request!.ToString().ShouldNotContain("pw");
    }

    [Theory]
    [InlineData("{not json", "the body is not valid JSON")]
    [InlineData("", "the body is not valid JSON")]
    [InlineData("[1,2]", "the body must be a JSON object")]
    [InlineData("""{"username":"alice","password":"pw"}""", "the field 'code' is missing")]
    [InlineData("""{"password":"pw","code":"1"}""", "the field 'username' is missing")]
    [InlineData("""{"username":"alice","password":7,"code":"1"}""", "the field 'password' must be a string")]
    [InlineData("""{"username":"","password":"pw","code":"1"}""", "the field 'username' is empty")]
    [InlineData("""{"username":"a\nb","password":"pw","code":"1"}""", "the field 'username' must be 1 to 64 letters")]
    [InlineData("""{"username":"alice","password":"pw","code":"1","x":{"a":{"b":{"c":{"d":1}}}}}""", "the body is not valid JSON")]
    public void Parse_BadInput_NamesTheProblem(string json, string expected)
    {
        var request = Parse(json, out var error);

        request.ShouldBeNull();
        error.ShouldStartWith(expected);
    }

    [Fact]
    public void Parse_OverlongPassword_Refused()
    {
        Parse($$"""{"username":"alice","password":"{{new string('p', 1025)}}","code":"1"}""", out var error).ShouldBeNull();

        error.ShouldBe("the field 'password' is longer than 1024 characters");
    }
}
