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
    public async Task Demo_OnTheEmbeddedDefaults_PassesAndLeavesExplainableAuditedTasks()
    {
        var (exit, stdout, stderr) = await ProcessRunner.RunAsync("dotnet", [CliPaths.Dll, "demo", "--keep"], TimeSpan.FromMinutes(5));

        exit.ShouldBe(0, stdout + stderr);
        stdout.ShouldContain("demo passed");
        stdout.ShouldContain("every probe refused");
        var work = System.Text.RegularExpressions.Regex.Match(stdout, @"working folder kept: (\S+)").Groups[1].Value;
        work.ShouldNotBeEmpty(stdout);
        try
        {
            var tasksDb = Path.Combine(work, "tasks.db");
            var store = new SecureMcp.Storage.Tasks.SqliteTaskStore(tasksDb);
            for (var n = 1; n <= 4; n++)
            {
                // Each report waits for its aggregation, each archive for its report.
                (await FirstAssignedAsync(store, $"report-quarter-{n}")).ShouldBeGreaterThanOrEqualTo(await SucceededAtAsync(store, $"aggregate-regions-{n}"));
                (await FirstAssignedAsync(store, $"archive-report-{n}")).ShouldBeGreaterThanOrEqualTo(await SucceededAtAsync(store, $"report-quarter-{n}"));
            }

            var explain = await ProcessRunner.RunAsync("dotnet", [CliPaths.Dll, "tasks", "explain", "report-quarter-1", "--db", tasksDb], TimeSpan.FromSeconds(60));
            explain.ExitCode.ShouldBe(0, explain.Stdout + explain.Stderr);
            var text = System.Text.RegularExpressions.Regex.Replace(explain.Stdout, @"\x1b\[[0-9;]*m", "");
            text.ShouldMatch(@"policy (trust-aware|exploration), chosen agent-\d");
            text.ShouldContain("final: Succeeded");
            var missing = await ProcessRunner.RunAsync("dotnet", [CliPaths.Dll, "tasks", "explain", "no-such-task", "--db", tasksDb], TimeSpan.FromSeconds(60));
            missing.ExitCode.ShouldBe(1);
            var chain = await ProcessRunner.RunAsync("dotnet", [CliPaths.Dll, "audit", "verify", "--db", Path.Combine(work, "allocation-audit.db")], TimeSpan.FromSeconds(60));
            chain.ExitCode.ShouldBe(0, chain.Stdout);
            chain.Stdout.ShouldContain("audit chain intact");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<DateTimeOffset> FirstAssignedAsync(SecureMcp.Storage.Tasks.SqliteTaskStore store, string id) =>
        (await store.GetTransitionsAsync(id)).First(t => t.To == SecureMcp.Core.Tasks.TaskState.Assigned).At;

    private static async Task<DateTimeOffset> SucceededAtAsync(SecureMcp.Storage.Tasks.SqliteTaskStore store, string id) =>
        (await store.GetTransitionsAsync(id)).Single(t => t.To == SecureMcp.Core.Tasks.TaskState.Succeeded).At;
}
