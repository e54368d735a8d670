using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using SecureMcp.ConformanceFixture.Handlers;
using SecureMcp.ConformanceFixture.Prompts;
using SecureMcp.ConformanceFixture.Resources;
using SecureMcp.ConformanceFixture.Tools;

namespace SecureMcp.ConformanceFixture;

/// <summary>Builds the server options of one fixture session: every tool, resource, prompt and handler.</summary>
internal static class FixtureServer
{
    public static McpServerOptions CreateOptions()
    {
        var tools = new McpServerPrimitiveCollection<McpServerTool>();
        foreach (var tool in ContentTools.Create()
                     .Concat(NotifyingTools.Create())
                     .Concat(ClientRequestTools.Create())
                     .Concat(ElicitationSchemaTools.Create())
                     .Append(JsonSchemaTool.Create()))
        {
            tools.Add(tool);
        }

        var resources = new McpServerResourceCollection();
        foreach (var resource in FixtureResources.Create())
        {
            resources.Add(resource);
        }

        var prompts = new McpServerPrimitiveCollection<McpServerPrompt>();
        foreach (var prompt in FixturePrompts.Create())
        {
            prompts.Add(prompt);
        }

        return new McpServerOptions
        {
            ServerInfo = new Implementation { Name = "securemcp-conformance-fixture", Version = "1.0.0" },
            Capabilities = new ServerCapabilities
            {
                Tools = new ToolsCapability { ListChanged = true },
                Resources = new ResourcesCapability { Subscribe = true, ListChanged = true },
                Prompts = new PromptsCapability { ListChanged = true },
                Logging = new LoggingCapability(),
                Completions = new CompletionsCapability(),
            },
            ToolCollection = tools,
            ResourceCollection = resources,
            PromptCollection = prompts,
            Handlers = FixtureHandlers.Create(new ResourceSubscriptions()),

            // No DI scope per request: the fixture resolves nothing from services, and the HTTP host hands a session's
            // server the initialize request's scoped provider, which is disposed once that request ends.
            ScopeRequests = false,
        };
    }
}
