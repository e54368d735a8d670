using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using SecureMcp.Core.Audit;

namespace SecureMcp.IntegrationTests;

[Collection(GatewayCollection.Name)]
public sealed class GatewayFederationTests(GatewayFixture fixture)
{
    [Theory]
    [InlineData(null)]
    [InlineData("2025-11-25")]
    [InlineData("2025-06-18")]
    public async Task ListTools_AnyProtocolRevision_ReturnsEightNamespacedToolsWithUpstreamAnnotations(string? protocol)
    {
        await using var client = await fixture.Harness.ConnectAsync(protocolVersion: protocol);

        var tools = await client.ListToolsAsync();

        tools.Select(t => t.Name).Order().ShouldBe(
        [
            "toolserver__aggregator", "toolserver__analyzer", "toolserver__data_processor", "toolserver__file_store",
            "toolserver__reporter", "toolserver__transformer", "toolserver__validator", "toolserver__visualizer",
        ]);
        var fileStore = tools.Single(t => t.Name == "toolserver__file_store").ProtocolTool;
        fileStore.Annotations!.DestructiveHint.ShouldBe(true);
        fileStore.Annotations.ReadOnlyHint.ShouldBe(false);
        fileStore.InputSchema.GetProperty("required")[0].GetString().ShouldBe("action");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("2025-11-25")]
    public async Task CallTool_Analyzer_ForwardsToUpstreamAndReturnsItsResult(string? protocol)
    {
        await using var client = await fixture.Harness.ConnectAsync(protocolVersion: protocol);

        var result = await client.CallToolAsync("toolserver__analyzer", new Dictionary<string, object?>
        {
            ["rows"] = new[] { new { x = 1, y = 2 }, new { x = 2, y = 4 }, new { x = 3, y = 6 } },
        });

        result.IsError.ShouldNotBe(true);
        var x = result.StructuredContent!.Value.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "x");
        x.GetProperty("mean").GetDouble().ShouldBe(2.0);
        result.StructuredContent.Value.GetProperty("correlations")[0].GetProperty("r").GetDouble().ShouldBe(1.0, 1e-12);
    }

    [Fact]
    public async Task Resources_And_Prompts_AreFederatedAndForwarded()
    {
        await using var client = await fixture.Harness.ConnectAsync();

        var resources = await client.ListResourcesAsync();
        var readme = resources.Single(r => r.Uri == "toolserver://readme");
        readme.Name.ShouldBe("toolserver__" + readme.ProtocolResource.Name.Split("__").Last());
        var content = await client.ReadResourceAsync("toolserver://readme");
        content.Contents.OfType<TextResourceContents>().Single().Text.ShouldContain("file_store");

        var prompts = await client.ListPromptsAsync();
        prompts.Select(p => p.Name).ShouldContain("toolserver__analyze_dataset");
        var prompt = await client.GetPromptAsync("toolserver__analyze_dataset", new Dictionary<string, object?> { ["path"] = "data/sales.csv" });
        prompt.Messages.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Calls_AreAuditedInAnIntactHashChain()
    {
        await using var client = await fixture.Harness.ConnectAsync("bob");
        await client.CallToolAsync("toolserver__analyzer", new Dictionary<string, object?> { ["rows"] = new[] { new { v = 1 } } });
        var records = await fixture.Harness.ReadAuditAsync();

        AuditChain.Verify(records).IsIntact.ShouldBeTrue();
        var call = records.Last(r => r.Kind == "call" && r.Principal == "bob" && r.Target == "toolserver__analyzer");
        call.Outcome.ShouldBe("ok");
        call.ArgumentsDigest.ShouldNotBeNullOrEmpty();
        call.Reason!.ShouldContain("authenticate: bob via apikey");
    }
}
