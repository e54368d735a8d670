using System.CommandLine;
using SecureMcp.Hosting;
using SecureMcp.ToolServer;

namespace SecureMcp.Cli.Commands;

/// <summary><c>securemcp toolserver [--http URL] [--sandbox DIR]</c>: the sample MCP server with eight data tools.</summary>
internal static class ToolServerCommand
{
    public static Command Create()
    {
        var http = new Option<string?>("--http") { Description = "Serve Streamable HTTP on this URL (for example http://127.0.0.1:5100) instead of stdio" };
        var sandbox = new Option<DirectoryInfo?>("--sandbox") { Description = "The only folder file_store may touch (default: ./toolserver-sandbox)" };
        var note = new Option<string?>("--tool-note") { Description = "A deployment note appended to every tool description" };
        var command = new Command("toolserver", "Run the sample MCP tool server (stdio by default)") { http, sandbox, note };
        command.SetAction(async (parse, ct) =>
        {
            var root = parse.GetValue(sandbox)?.FullName ?? Path.GetFullPath("toolserver-sandbox");
            Directory.CreateDirectory(root);
            var options = new ToolServerOptions { SandboxRoot = root, ToolNote = parse.GetValue(note) };
            try
            {
                options.Validate();
            }
            catch (ArgumentException ex)
            {
                await Console.Error.WriteLineAsync($"securemcp toolserver: {ex.Message}");
                return 2;
            }

            if (parse.GetValue(http) is { } url)
            {
                await McpHttpHost.RunAsync(url, _ => ToolServerFactory.CreateServerOptions(options),
                    address => Console.Error.WriteLine($"securemcp toolserver: listening on {address}/mcp"), ct);
                return 0;
            }

            await ToolServerHost.RunStdioAsync(options, ct);
            return 0;
        });
        return command;
    }
}
