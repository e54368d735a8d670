using System.CommandLine;
using System.Globalization;
using SecureMcp.Gateway.Configuration;
using SecureMcp.Inspection.Pinning;
using SecureMcp.Storage.Pins;

namespace SecureMcp.Cli.Commands;

/// <summary><c>securemcp tools list | approve | diff</c>: the pinned tool definitions the gateway checks every call against.</summary>
internal static class ToolsCommand
{
    public static Command Create()
    {
        var config = new Option<FileInfo>("--config") { Description = "Gateway configuration (the pins live with its audit database)", Required = true };
        var server = new Option<string?>("--server") { Description = "Only this upstream" };
        var list = new Command("list", "List pinned tools and their state") { config, server };
        list.SetAction(async (parse, ct) => await WithPinsAsync(parse.GetValue(config)!, async pins =>
        {
            Console.WriteLine("server           tool                       state      hash");
            foreach (var pin in await pins.ListAsync(parse.GetValue(server), ct))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{pin.Server,-16} {pin.Tool,-26} {pin.State,-10} {pin.ObservedHash[..16]}…"));
            }

            return 0;
        }));

        var tool = new Argument<string>("tool") { Description = "server/tool or server__tool" };
        var by = new Option<string>("--by") { Description = "Who approves (recorded with the pin)", DefaultValueFactory = _ => Environment.UserName };
        var approve = new Command("approve", "Approve a tool's current definition (re-approve after a change)") { config, tool, by };
        approve.SetAction(async (parse, ct) => await WithPinsAsync(parse.GetValue(config)!, async pins =>
        {
            var (s, t) = Split(parse.GetValue(tool)!);
            var pin = await pins.ApproveAsync(s, t, parse.GetValue(by)!, cancellationToken: ct);
            Console.WriteLine(pin is null ? $"no observed definition of {s}/{t} to approve" : $"approved {s}/{t} ({pin.ApprovedHash?[..16]}…)");
            return pin is null ? 1 : 0;
        }));

        var diff = new Command("diff", "Show how a tool's current definition differs from its pin") { config, tool };
        diff.SetAction(async (parse, ct) => await WithPinsAsync(parse.GetValue(config)!, async pins =>
        {
            var (s, t) = Split(parse.GetValue(tool)!);
            var lines = await pins.DiffAsync(s, t, ct);
            foreach (var line in lines)
            {
                Console.WriteLine(line);
            }

            return lines.Count == 0 ? 0 : 1;
        }));

        return new Command("tools", "Manage pinned tool definitions (rug-pull protection)") { list, approve, diff };
    }

    private static (string Server, string Tool) Split(string name)
    {
        var separator = name.Contains("__", StringComparison.Ordinal) ? "__" : "/";
        var index = name.IndexOf(separator, StringComparison.Ordinal);
        return index > 0 ? (name[..index], name[(index + separator.Length)..]) : throw new ArgumentException($"'{name}' is not server/tool");
    }

    private static async Task<int> WithPinsAsync(FileInfo config, Func<ToolPinRegistry, Task<int>> action)
    {
        try
        {
            var loaded = GatewayConfigLoader.LoadFile(config.FullName);
            return await action(new ToolPinRegistry(new SqliteToolPinStore(loaded.AuditPath)));
        }
        catch (Exception ex) when (ex is GatewayConfigException or ArgumentException)
        {
            await Console.Error.WriteLineAsync($"securemcp tools: {ex.Message}");
            return 2;
        }
    }
}
