using System.CommandLine;
using SecureMcp.Cli.Commands;

namespace SecureMcp.Cli;

/// <summary>The <c>securemcp</c> command tree.</summary>
internal static class CliApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("SecureMcp: a security gateway, identity, trust engine and scheduler for MCP agents.")
        {
            DemoCommand.Create(),
            GatewayCommand.Create(),
            ToolServerCommand.Create(),
            AgentCommand.Create(),
            AuditCommand.Create(),
            KeysCommand.Create(),
            CaCommand.Create(),
            OperatorCommand.Create(),
            PolicyCommand.Create(),
            ScanCommand.Create(),
            ToolsCommand.Create(),
            BenchCommand.Create(),
            EvalCommand.Create(),
            TasksCommand.Create(),
        };
        return await root.Parse(args).InvokeAsync();
    }
}
