using System.Text.Json;
using ModelContextProtocol;
using SecureMcp.Core.Audit;
using SecureMcp.IntegrationTests.Support;

namespace SecureMcp.IntegrationTests;

/// <summary>Each class of bad input gets a clear error, is audited, and the gateway keeps serving.</summary>
[Collection(GatewayCollection.Name)]
public sealed class BadInputTests(GatewayFixture fixture)
{
    private GatewayHarness Harness => fixture.Harness;

    [Fact]
    public async Task MalformedJson_Gets400ParseError_AndGatewayKeepsServing()
    {
        using var raw = new RawMcp(Harness.Http.McpUrl, Harness.Keys["alice"]);

        var (status, body, _) = await raw.PostAsync("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":");

        status.ShouldBe(400);
        body!.RootElement.GetProperty("error").GetProperty("code").GetInt32().ShouldBe(-32700);
        await AssertStillServingAndAuditedAsync("protocol", "-32700");
    }

    [Fact]
    public async Task UnknownMethod_GetsMethodNotFound()
    {
        using var raw = new RawMcp(Harness.Http.McpUrl, Harness.Keys["alice"]);
        await raw.OpenSessionAsync();

        var (_, body, _) = await raw.PostAsync("""{"jsonrpc":"2.0","id":7,"method":"tools/explode","params":{}}""");

        body!.RootElement.GetProperty("error").GetProperty("code").GetInt32().ShouldBe((int)McpErrorCode.MethodNotFound);
        body.RootElement.GetProperty("id").GetInt32().ShouldBe(7);
    }

    [Fact]
    public async Task UnknownTool_GetsInvalidParams_AndIsAuditedAsDenied()
    {
        await using var client = await Harness.ConnectAsync();

        var ex = await Should.ThrowAsync<McpProtocolException>(async () =>
            await client.CallToolAsync("toolserver__no_such_tool", new Dictionary<string, object?>()));

        ex.ErrorCode.ShouldBe(McpErrorCode.InvalidParams);
        ex.Message.ShouldContain("Unknown tool");
        await AssertStillServingAndAuditedAsync("call", "Unknown tool: 'toolserver__no_such_tool'");
    }

    [Fact]
    public async Task ArgumentsBreakingTheSchema_AreRefusedBeforeTheUpstream()
    {
        await using var client = await Harness.ConnectAsync();

        var ex = await Should.ThrowAsync<McpProtocolException>(async () =>
            await client.CallToolAsync("toolserver__visualizer", new Dictionary<string, object?> { ["rows"] = 5, ["type"] = "pie", ["x"] = "a", ["y"] = new[] { "b" } }));

        ex.ErrorCode.ShouldBe(McpErrorCode.InvalidParams);
        ex.Message.ShouldContain("$.rows: expected array, got integer");
        ex.Message.ShouldContain("$.type: must be one of");
        await AssertStillServingAndAuditedAsync("call", "validate-arguments");
    }

    [Fact]
    public async Task OversizedBody_Gets413()
    {
        using var raw = new RawMcp(Harness.Http.McpUrl, Harness.Keys["alice"]);
        var padding = new string('a', 200_000);

        var (status, body, _) = await raw.PostAsync("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\",\"params\":{\"_meta\":{\"pad\":\"" + padding + "\"}}}");

        status.ShouldBe(413);
        body!.RootElement.GetProperty("error").GetProperty("message").GetString()!.ShouldContain("131072");
        await AssertStillServingAndAuditedAsync("protocol", "rejected 413");
    }

    [Fact]
    public async Task OversizedArguments_UnderTheBodyLimit_AreRefusedByTheArgumentLimit()
    {
        await using var client = await Harness.ConnectAsync();

        var ex = await Should.ThrowAsync<McpProtocolException>(async () =>
            await client.CallToolAsync("toolserver__reporter", new Dictionary<string, object?> { ["title"] = new string('t', 70_000), ["sections"] = Array.Empty<object>() }));

        ex.Message.ShouldContain("exceeds the limit of 65536");
    }

    [Fact]
    public async Task WrongSessionId_Gets404()
    {
        using var raw = new RawMcp(Harness.Http.McpUrl, Harness.Keys["alice"]) { SessionId = "not-a-session" };

        var (status, body, _) = await raw.PostAsync("""{"jsonrpc":"2.0","id":1,"method":"tools/list"}""");

        status.ShouldBe(404);
        body!.RootElement.GetProperty("error").GetProperty("message").GetString()!.ShouldContain("Session not found");
    }

    [Fact]
    public async Task SessionOfAnotherPrincipal_IsRefusedWith403()
    {
        using var alice = new RawMcp(Harness.Http.McpUrl, Harness.Keys["alice"]);
        await alice.OpenSessionAsync();
        using var bob = new RawMcp(Harness.Http.McpUrl, Harness.Keys["bob"]) { SessionId = alice.SessionId };

        var (status, _, _) = await bob.PostAsync("""{"jsonrpc":"2.0","id":2,"method":"tools/list"}""");
        var (aliceStatus, aliceBody, _) = await alice.PostAsync("""{"jsonrpc":"2.0","id":3,"method":"tools/list"}""");

        status.ShouldBe(403);
        aliceStatus.ShouldBe(200);
        aliceBody!.RootElement.GetProperty("result").GetProperty("tools").GetArrayLength().ShouldBe(8);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("smk_wrong")]
    public async Task MissingOrWrongKey_Gets401WithChallenge(string? key)
    {
        using var raw = new RawMcp(Harness.Http.McpUrl, key);

        var (status, _, response) = await raw.PostAsync("""{"jsonrpc":"2.0","id":1,"method":"tools/list"}""");

        status.ShouldBe(401);
        response.Headers.WwwAuthenticate.ToString().ShouldContain("Bearer");
        await AssertStillServingAndAuditedAsync("auth", key is null ? "no credentials presented" : "unknown API key");
    }

    [Fact]
    public async Task ForeignHostHeader_IsRefused_DnsRebindingDefence()
    {
        using var raw = new RawMcp(Harness.Http.McpUrl, Harness.Keys["alice"]);

        var (status, _, _) = await raw.PostAsync("""{"jsonrpc":"2.0","id":1,"method":"tools/list"}""", host: "evil.example");

        status.ShouldBe(403);
    }

    private async Task AssertStillServingAndAuditedAsync(string kind, string reasonFragment)
    {
        await using var client = await Harness.ConnectAsync();
        (await client.ListToolsAsync()).Count.ShouldBe(8);
        var records = await Harness.ReadAuditAsync();

        records.ShouldContain(r => r.Kind == kind && ((r.Reason ?? "") + " " + r.Outcome).Contains(reasonFragment, StringComparison.Ordinal),
            $"no {kind} record mentioning '{reasonFragment}'");
        AuditChain.Verify(records).IsIntact.ShouldBeTrue();
    }
}
