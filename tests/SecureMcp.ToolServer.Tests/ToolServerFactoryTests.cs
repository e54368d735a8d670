using System.Text.Json;
using SecureMcp.ToolServer.Tests.Support;

namespace SecureMcp.ToolServer.Tests;

public sealed class ToolServerFactoryTests : IDisposable
{
    private readonly TempSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public void CreateServerOptions_ValidOptions_FillsInfoToolsResourcesAndPrompt()
    {
        var options = ToolServerFactory.CreateServerOptions(new ToolServerOptions { SandboxRoot = _sandbox.Root });

        options.ServerInfo!.Name.ShouldBe("securemcp-toolserver");
        options.ServerInfo.Version.ShouldNotBeNullOrWhiteSpace();
        options.ToolCollection!.Select(t => t.ProtocolTool.Name).Order().ShouldBe(
            ["aggregator", "analyzer", "data_processor", "file_store", "reporter", "transformer", "validator", "visualizer"]);
        options.ResourceCollection!.Count.ShouldBe(3);
        options.PromptCollection!.Single().ProtocolPrompt.Name.ShouldBe("analyze_dataset");
    }

    [Fact]
    public void CreateServerOptions_EveryTool_HasTitleClosedObjectSchemaAndAnnotations()
    {
        var options = ToolServerFactory.CreateServerOptions(new ToolServerOptions { SandboxRoot = _sandbox.Root });

        foreach (var tool in options.ToolCollection!.Select(t => t.ProtocolTool))
        {
            tool.Title.ShouldNotBeNullOrWhiteSpace(tool.Name);
            tool.Description!.Length.ShouldBeGreaterThan(40, tool.Name);
            tool.InputSchema.GetProperty("type").GetString().ShouldBe("object", tool.Name);
            tool.InputSchema.GetProperty("additionalProperties").ValueKind.ShouldBe(JsonValueKind.False, tool.Name);
            foreach (var property in tool.InputSchema.GetProperty("properties").EnumerateObject().Where(p => p.Name != "data"))
            {
                property.Value.TryGetProperty("type", out _).ShouldBeTrue($"{tool.Name}.{property.Name}");
            }

            tool.Annotations!.OpenWorldHint.ShouldBe(false, tool.Name);
            tool.Annotations.ReadOnlyHint.ShouldBe(tool.Name != "file_store", tool.Name);
            tool.Annotations.DestructiveHint.ShouldBe(tool.Name == "file_store", tool.Name);
        }
    }

    [Fact]
    public void CreateServerOptions_InvalidOptions_ThrowsNamingKey()
    {
        Should.Throw<ArgumentException>(() => ToolServerFactory.CreateServerOptions(new ToolServerOptions { SandboxRoot = _sandbox.Root, MaxFileBytes = 0 }))
            .Message.ShouldContain("MaxFileBytes");
    }
}
