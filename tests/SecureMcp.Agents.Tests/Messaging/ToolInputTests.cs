using System.Text.Json;
using SecureMcp.Agents.Messaging;

namespace SecureMcp.Agents.Tests.Messaging;

public sealed class ToolInputTests
{
    private static ToolInput Input(string json) =>
        new(JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!);

    [Fact]
    public void Addresses_ValidList_ParsesAgentsAndEndpoints()
    {
        var to = Input("""{ "to": [ { "agent": "agent-b", "endpoint": "127.0.0.1:4100" }, { "agent": "agent-c", "endpoint": "[::1]:4200" } ] }""").Addresses("to");

        to.Select(a => a.Agent).ShouldBe(["agent-b", "agent-c"]);
        to[0].Endpoint.Port.ShouldBe(4100);
        to[1].Endpoint.Address.ToString().ShouldBe("::1");
    }

    [Theory]
    [InlineData("""{ "to": [ { "agent": "b", "endpoint": "localhost:4100" } ] }""", "to[0].endpoint must be IP:port")]
    [InlineData("""{ "to": [ { "agent": "b", "endpoint": "127.0.0.1:0" } ] }""", "to[0].endpoint must be IP:port")]
    [InlineData("""{ "to": [ { "endpoint": "127.0.0.1:4100" } ] }""", "to[0].agent")]
    [InlineData("""{ "to": [ "agent-b" ] }""", "to[0] must be an object")]
    [InlineData("""{ "to": "agent-b" }""", "argument 'to'")]
    public void Addresses_Invalid_ErrorNamesTheArgument(string json, string expected)
    {
        Should.Throw<ArgumentException>(() => Input(json).Addresses("to")).Message.ShouldContain(expected);
    }

    [Fact]
    public void Strings_MissingEmptyOrWrongType_ErrorsNameTheArgument()
    {
        var input = Input("""{ "name": "", "id": 5, "content": "x" }""");

        input.RequiredString("content").ShouldBe("x");
        input.OptionalString("absent").ShouldBeNull();
        Should.Throw<ArgumentException>(() => input.RequiredString("name")).Message.ShouldContain("'name'");
        Should.Throw<ArgumentException>(() => input.OptionalString("id")).Message.ShouldContain("'id'");
        Should.Throw<ArgumentException>(() => input.RequiredString("absent")).Message.ShouldContain("'absent'");
    }
}
