using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Client;
using SecureMcp.Agents.Execution;
using SecureMcp.Agents.Hosting;
using SecureMcp.Agents.Tasks;
using SecureMcp.IntegrationTests.Support;

namespace SecureMcp.IntegrationTests;

/// <summary>Agents as real processes: the coordinator talks to them over stdio MCP, they call tools through the gateway.</summary>
[Collection(GatewayCollection.Name)]
public sealed class AgentProcessTests(GatewayFixture fixture)
{
    private static readonly AgentTask Task = new()
    {
        Id = "sales-1",
        Capabilities = ["analysis"],
        Steps =
        [
            new TaskStep("clean", "toolserver__data_processor", new JsonObject { ["csv"] = "x,y\n1,2\n2,4\n3,6\n3,6" }),
            new TaskStep("stats", "toolserver__analyzer", new JsonObject { ["rows"] = "${clean.rows}" }),
        ],
        Checks =
        [
            new TaskCheck("clean", "rows", CheckKind.Count, 3),
            new TaskCheck("stats", "columns.0.mean", CheckKind.Equals, 2),
        ],
    };

    private Task<TaskOutcome> RunAgentAsync(string principal, string behavior) =>
        RunAgentAsync(principal, "--id", principal, "--gateway", fixture.Harness.Http.McpUrl, "--key-env", "AGENT_KEY", "--capability", "analysis", "--behavior", behavior);

    private async Task<TaskOutcome> RunAgentAsync(string principal, params string[] arguments)
    {
        var (command, args) = CliPaths.Command(["agent", .. arguments]);
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Command = command,
            Arguments = args,
            EnvironmentVariables = new Dictionary<string, string?> { ["AGENT_KEY"] = fixture.Harness.Keys[principal] },
            Name = principal,
        });
        await using var agent = await McpClient.CreateAsync(transport);
        var result = await agent.CallToolAsync(ExecuteTaskTool.Name, new Dictionary<string, object?> { ["task"] = JsonSerializer.SerializeToElement(Task, AgentJson.Options) });
        result.IsError.ShouldNotBe(true);
        return result.StructuredContent!.Value.Deserialize<TaskOutcome>(AgentJson.Options)!;
    }

    [Fact]
    public async Task HonestAgentProcess_RunsThePlanThroughTheGateway_AndTheResultPassesItsChecks()
    {
        var outcome = await RunAgentAsync("alice", "honest");

        outcome.Succeeded.ShouldBeTrue(outcome.Error);
        outcome.Valid.ShouldBeTrue(outcome.Error);
        outcome.AgentId.ShouldBe("alice");
        outcome.Steps.Select(s => s.Tool).ShouldBe(["toolserver__data_processor", "toolserver__analyzer"]);
    }

    [Fact]
    public async Task MaliciousAgentProcess_ResultFailsItsChecks_AndItsProbeIsAudited()
    {
        var outcome = await RunAgentAsync("bob", "malicious:1");

        outcome.Valid.ShouldBeFalse();
        var probes = (await fixture.Harness.ReadAuditAsync()).Where(r => r.Principal == "bob" && r.Target == "toolserver__file_store").ToList();

        probes.ShouldNotBeEmpty();
        probes.ShouldAllBe(r => r.Outcome != "ok");
    }

    [Fact]
    public async Task AgentFromConfigFile_RunsThePlan_AndFlagsOverrideTheFile()
    {
        var folder = Directory.CreateTempSubdirectory("securemcp-agent-config-");
        try
        {
            var config = Path.Combine(folder.FullName, "agent.yaml");
            await File.WriteAllTextAsync(config, $"""
                id: alice
                gateway: {fixture.Harness.Http.McpUrl}
                keyEnv: AGENT_KEY
                capabilities: [analysis]
                behavior: "malicious:1"
                """);

            var outcome = await RunAgentAsync("alice", "--config", config, "--behavior", "honest");

            outcome.AgentId.ShouldBe("alice");
            outcome.Valid.ShouldBeTrue(outcome.Error);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("id: a\ngateway: http://127.0.0.1:1/mcp\nkeyenv: X\n", "agent config: unknown key 'keyenv'")]
    [InlineData("id: a\ngateway: http://127.0.0.1:1/mcp\ncapabilities: analysis\n", "agent config: capabilities must be a list of names")]
    [InlineData("gateway: http://127.0.0.1:1/mcp\n", "agent.id is required")]
    public async Task AgentConfigFile_Invalid_ExitsWithTheKeyNamed(string yaml, string expected)
    {
        var config = Path.Combine(Path.GetTempPath(), "securemcp-agent-" + Guid.NewGuid().ToString("N") + ".yaml");
        await File.WriteAllTextAsync(config, yaml);
        try
        {
            var (command, args) = CliPaths.Command("agent", "--config", config);
            var (exit, _, stderr) = await ProcessRunner.RunAsync(command, args, TimeSpan.FromSeconds(60));

            exit.ShouldBe(2);
            stderr.ShouldContain(expected);
        }
        finally
        {
            File.Delete(config);
        }
    }
}
