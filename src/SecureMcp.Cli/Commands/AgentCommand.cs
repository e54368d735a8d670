using System.CommandLine;
using Microsoft.Extensions.Logging;
using SecureMcp.Agents.Behavior;
using SecureMcp.Agents.Hosting;
using SecureMcp.Cli.Infrastructure;

namespace SecureMcp.Cli.Commands;

/// <summary><c>securemcp agent</c>: one agent process, an MCP client of the gateway that serves its coordinator over stdio.</summary>
internal static class AgentCommand
{
    public static Command Create()
    {
        var id = new Option<string>("--id") { Description = "Agent id (the principal of its API key)", Required = true };
        var gateway = new Option<string>("--gateway") { Description = "The gateway's MCP URL", Required = true };
        var keyEnv = new Option<string>("--key-env") { Description = "Environment variable that holds the agent's API key", DefaultValueFactory = _ => "SECUREMCP_AGENT_KEY" };
        var capabilities = new Option<string[]>("--capability") { Description = "A capability the agent declares (repeatable)", AllowMultipleArgumentsPerToken = true };
        var behavior = new Option<string>("--behavior") { Description = "honest, faulty:RATE, slow:MS or malicious:RATE (for evaluation)", DefaultValueFactory = _ => "honest" };
        var seed = new Option<int>("--seed") { Description = "Seed of the behaviour's randomness", DefaultValueFactory = _ => 1 };
        var command = new Command("agent", "Run one agent (serves execute_task over stdio; calls tools through the gateway)") { id, gateway, keyEnv, capabilities, behavior, seed };
        command.SetAction(async (parse, ct) =>
        {
            AgentOptions options;
            try
            {
                options = new AgentOptions
                {
                    Id = parse.GetValue(id)!,
                    GatewayUrl = new Uri(parse.GetValue(gateway)!),
                    ApiKey = Environment.GetEnvironmentVariable(parse.GetValue(keyEnv)!) ?? "",
                    Capabilities = parse.GetValue(capabilities) ?? [],
                    Behavior = AgentBehavior.Parse(parse.GetValue(behavior)!, parse.GetValue(seed)),
                };
                options.Validate();
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException or UriFormatException)
            {
                await Console.Error.WriteLineAsync($"securemcp agent: {ex.Message}");
                return 2;
            }

            using var loggerFactory = StderrLogging.Create(LogLevel.Warning);
            await AgentRuntime.RunStdioAsync(options, loggerFactory, ct);
            return 0;
        });
        return command;
    }
}
