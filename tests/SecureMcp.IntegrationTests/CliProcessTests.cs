using ModelContextProtocol.Client;
using SecureMcp.IntegrationTests.Support;

namespace SecureMcp.IntegrationTests;

/// <summary>The securemcp command as a user runs it: real processes end to end.</summary>
public sealed class CliProcessTests
{
    [Fact]
    public async Task GatewayOverStdio_DesktopClientLaunchesIt_ListsAndCallsTools()
    {
        var work = Directory.CreateTempSubdirectory("securemcp-stdio-");
        var config = Path.Combine(work.FullName, "gateway.yaml");
        await File.WriteAllTextAsync(config, $"""
            auditPath: audit.db
            stdio:
              principal: desktop-user
            upstreams:
              - name: tools
                transport: stdio
                command: dotnet
                args: ['{CliPaths.Dll}', toolserver, --sandbox, '{Path.Combine(work.FullName, "sandbox")}']
            """);
        var (command, args) = CliPaths.Command("gateway", "--stdio", "--config", config);
        var transport = new StdioClientTransport(new StdioClientTransportOptions { Command = command, Arguments = args, Name = "gateway" });

        await using (var client = await McpClient.CreateAsync(transport))
        {
            var tools = await client.ListToolsAsync();
            tools.Count.ShouldBe(8);
            var result = await client.CallToolAsync("tools__aggregator", new Dictionary<string, object?>
            {
                ["rows"] = new[] { new { k = "a", v = 1 }, new { k = "a", v = 2 }, new { k = "b", v = 5 } },
                ["groupBy"] = new[] { "k" },
                ["metrics"] = new[] { new { op = "sum", field = "v" } },
            });
            result.IsError.ShouldNotBe(true);
            result.StructuredContent!.Value.GetProperty("rows").GetArrayLength().ShouldBe(2);
        }

        var (exit, stdout, _) = await ProcessRunner.RunAsync("dotnet", [CliPaths.Dll, "audit", "verify", "--db", Path.Combine(work.FullName, "audit.db")], TimeSpan.FromSeconds(60));
        exit.ShouldBe(0);
        stdout.ShouldContain("audit chain intact");
    }

    [Theory]
    [InlineData("upstreams:\n  - name: a\n    transport: stdio\n", "upstreams[0].command is required")]
    [InlineData("listen: http://127.0.0.1:0\nlisten_port: 9\n", "unknown key 'listen_port'")]
    [InlineData("upstreams:\n  - name: a\n    transport: carrier-pigeon\n", "upstreams[0].transport must be 'stdio' or 'http'")]
    [InlineData("apiKeys:\n  - principal: p\n    sha256: abc\n", "apiKeys[0].sha256 must be 64 hex characters")]
    [InlineData("upstreams:\n  - name: a\n    transport: http\n    url: ${SECUREMCP_TEST_UNSET_VARIABLE}\n", "environment variable 'SECUREMCP_TEST_UNSET_VARIABLE'")]
    public async Task Gateway_InvalidConfig_StopsWithMessageNamingTheKey(string yaml, string expected)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("securemcp-badcfg-").FullName, "gateway.yaml");
        await File.WriteAllTextAsync(file, yaml);

        var (exit, _, stderr) = await ProcessRunner.RunAsync("dotnet", [CliPaths.Dll, "gateway", "--config", file], TimeSpan.FromSeconds(60));

        exit.ShouldBe(2);
        stderr.ShouldContain(expected);
    }

    [Fact]
    public async Task AuditVerify_TamperedDatabase_NamesTheFirstBrokenRecord()
    {
        var db = Path.Combine(Directory.CreateTempSubdirectory("securemcp-tamper-").FullName, "audit.db");
        await using (var store = new Storage.Audit.SqliteAuditStore(new Storage.Audit.SqliteAuditStoreOptions { Path = db }))
        {
            for (var i = 0; i < 5; i++)
            {
                await store.AppendAsync(new Core.Audit.AuditRecord { Kind = "call", Principal = "p", Action = "tools/call", Outcome = "ok", Timestamp = DateTimeOffset.UnixEpoch });
            }
        }

        using (var connection = new Storage.Sqlite.SqliteDatabase(db).Open())
        {
            using var update = connection.CreateCommand();
            update.CommandText = "UPDATE audit SET outcome = 'denied' WHERE seq = 3";
            update.ExecuteNonQuery();
        }

        var (exit, stdout, _) = await ProcessRunner.RunAsync("dotnet", [CliPaths.Dll, "audit", "verify", "--db", db], TimeSpan.FromSeconds(60));

        exit.ShouldBe(1);
        stdout.ShouldContain("BROKEN at record 3");
    }

    [Fact]
    public async Task Demo_OnTheEmbeddedDefaults_Passes()
    {
        var (exit, stdout, stderr) = await ProcessRunner.RunAsync("dotnet", [CliPaths.Dll, "demo"], TimeSpan.FromMinutes(5));

        exit.ShouldBe(0, stdout + stderr);
        stdout.ShouldContain("demo passed");
        stdout.ShouldContain("every probe refused");
    }
}
