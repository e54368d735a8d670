using System.Net.Http.Headers;
using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using SecureMcp.IntegrationTests.Support;

namespace SecureMcp.IntegrationTests;

/// <summary>Authorization through the real gateway and tool server process: listing, constraints, reload, limits, incidents, approval.</summary>
public sealed class PolicyGatewayTests : IAsyncLifetime
{
    private const string Policy = """
        version: 1
        settings:
          trustAuthenticatedRoles: true
          approvalTimeout: 20s
        roles:
          analyst:
            tools: [toolserver__analyzer, toolserver__validator, toolserver__reporter]
        principals:
          bob:
            capabilities:
              - id: bob-files
                tools: [toolserver__file_store]
                arguments:
                  $.path: { pathPrefix: work/bob }
        rules:
          - id: reports-need-approval
            effect: require-approval
            tools: [toolserver__reporter]
        rateLimits:
          - id: validator-burst
            per: principal-tool
            tools: [toolserver__validator]
            tokenBucket: { limit: 3, tokensPerPeriod: 3, period: 2s }
        incidents:
          - id: repeated-denials
            kinds: [policy.denied]
            count: 3
            within: 1m
            actions: [quarantine-principal]
        """;

    private GatewayHarness _harness = null!;

    public async Task InitializeAsync()
    {
        var sandbox = Directory.CreateTempSubdirectory("securemcp-policy-sbx-").FullName;
        _harness = await GatewayHarness.StartAsync(GatewayHarness.ToolServerUpstream("toolserver", sandbox), policyYaml: Policy);
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private static readonly Dictionary<string, object?> Rows = new() { ["rows"] = new[] { new { v = 1 } } };

    [Fact]
    public async Task Principal_SeesAndCallsOnlyItsTools_HiddenToolsLookMissing()
    {
        await using var alice = await _harness.ConnectAsync("alice");

        var tools = (await alice.ListToolsAsync()).Select(t => t.Name).Order().ToList();
        var hidden = await Should.ThrowAsync<McpProtocolException>(async () => await alice.CallToolAsync("toolserver__file_store", new Dictionary<string, object?> { ["action"] = "list" }));
        var missing = await Should.ThrowAsync<McpProtocolException>(async () => await alice.CallToolAsync("toolserver__nothing_here", new Dictionary<string, object?>()));

        tools.ShouldBe(["toolserver__analyzer", "toolserver__reporter", "toolserver__validator"]);
        (await alice.CallToolAsync("toolserver__analyzer", Rows)).IsError.ShouldNotBe(true);
        hidden.ErrorCode.ShouldBe(missing.ErrorCode);
        hidden.Message.ShouldBe(missing.Message.Replace("toolserver__nothing_here", "toolserver__file_store", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("work/alice/x.txt")]
    [InlineData("work/bob/../alice/x.txt")]
    [InlineData("work/bob/%2e%2e/alice/x.txt")]
    public async Task Capability_PathOutsideThePrefix_IsRefused(string path)
    {
        await using var bob = await _harness.ConnectAsync("bob");

        var ex = await Should.ThrowAsync<McpProtocolException>(async () =>
            await bob.CallToolAsync("toolserver__file_store", new Dictionary<string, object?> { ["action"] = "write", ["path"] = path, ["content"] = "x" }));

        ex.Message.ShouldContain("bob-files");
        var ok = await bob.CallToolAsync("toolserver__file_store", new Dictionary<string, object?> { ["action"] = "write", ["path"] = "work/bob/ok.txt", ["content"] = "x" });
        ok.IsError.ShouldNotBe(true);
    }

    [Fact]
    public async Task RateLimit_TripsWithRetryAfter_AndRecovers()
    {
        await using var alice = await _harness.ConnectAsync("alice");
        var args = new Dictionary<string, object?> { ["rows"] = new[] { new { v = 1 } }, ["rules"] = new[] { new { field = "v", min = 0 } } };
        for (var i = 0; i < 3; i++)
        {
            (await alice.CallToolAsync("toolserver__validator", args)).IsError.ShouldNotBe(true);
        }

        var limited = await Should.ThrowAsync<McpProtocolException>(async () => await alice.CallToolAsync("toolserver__validator", args));
        limited.Message.ShouldContain("retry after");
        ((int)limited.ErrorCode).ShouldBe(-32029);

        // The bucket refills on the limiter's own timer; on a loaded machine it can be late, so poll within a bound.
        await WaitUntilAsync(async () =>
        {
            try
            {
                return (await alice.CallToolAsync("toolserver__validator", args)).IsError != true;
            }
            catch (McpProtocolException ex) when ((int)ex.ErrorCode == -32029)
            {
                return false;
            }
        });
    }

    [Fact]
    public async Task HotReload_NewGrantTakesEffectOnAnOpenSession_AndABrokenFileKeepsTheOldPolicy()
    {
        await using var alice = await _harness.ConnectAsync("alice", protocolVersion: "2025-11-25");
        (await alice.ListToolsAsync()).Select(t => t.Name).ShouldNotContain("toolserver__aggregator");

        await File.WriteAllTextAsync(_harness.PolicyPath, Policy.Replace("toolserver__reporter]", "toolserver__reporter, toolserver__aggregator]", StringComparison.Ordinal));
        await WaitUntilAsync(async () => (await alice.ListToolsAsync()).Any(t => t.Name == "toolserver__aggregator"));

        await File.WriteAllTextAsync(_harness.PolicyPath, "version: 1\nroles:\n  analyst:\n    tools: 7\n  [broken");
        await WaitUntilAsync(() => Task.FromResult(!_harness.Gateway.Policy!.Store.LastReload.Applied));
        var tools = (await alice.ListToolsAsync()).Select(t => t.Name).ToList();
        tools.ShouldContain("toolserver__aggregator");
        tools.ShouldContain("toolserver__analyzer");
        _harness.Gateway.Policy!.Store.LastReload.Applied.ShouldBeFalse();
        _harness.Gateway.Policy.Store.LastReload.Summary.ShouldContain("line");
    }

    [Fact]
    public async Task RepeatedDenials_QuarantineThePrincipal_CloseItsSession_AndReleaseRestoresIt()
    {
        await using (var bob = await _harness.ConnectAsync("bob", protocolVersion: "2025-11-25"))
        {
            // The third denial trips the incident rule, which may close this session while its answer is in flight,
            // so that call can fail as a closed session rather than as a denial.
            for (var i = 0; i < 3; i++)
            {
                await Should.ThrowAsync<Exception>(async () =>
                    await bob.CallToolAsync("toolserver__file_store", new Dictionary<string, object?> { ["action"] = "write", ["path"] = "etc/x", ["content"] = "x" }));
            }

            await WaitUntilAsync(() => Task.FromResult(_harness.Gateway.Policy!.Quarantine.List().Any(q => q.Subject == "bob")));
            await Should.ThrowAsync<Exception>(async () => await bob.CallToolAsync("toolserver__analyzer", Rows));
            var closed = (await _harness.ReadAuditAsync())
                .Any(r => r.Principal == "bob" && r.Action == "session/close" && r.Reason == "principal quarantined");

            closed.ShouldBeTrue("the quarantined principal's open session must be closed");
        }

        await using (var again = await _harness.ConnectAsync("bob"))
        {
            var ex = await Should.ThrowAsync<McpProtocolException>(async () => await again.CallToolAsync("toolserver__analyzer", Rows));
            ex.Message.ShouldContain("quarantined");
        }

        using var http = OperatorClient();
        var release = await http.PostAsync($"{_harness.Http.Address}/admin/quarantine/principal/bob/release?note=reviewed", null);
        release.IsSuccessStatusCode.ShouldBeTrue(await release.Content.ReadAsStringAsync());

        await using var restored = await _harness.ConnectAsync("bob");
        (await restored.CallToolAsync("toolserver__analyzer", Rows)).IsError.ShouldNotBe(true);
    }

    [Fact]
    public async Task RequireApproval_CallWaitsForTheOperator_AndRunsWhenApproved()
    {
        await using var alice = await _harness.ConnectAsync("alice");
        var call = alice.CallToolAsync("toolserver__reporter", new Dictionary<string, object?> { ["title"] = "Q3", ["sections"] = new[] { new { heading = "h" } } }).AsTask();

        using var http = OperatorClient();
        string? id = null;
        await WaitUntilAsync(async () =>
        {
            var pending = JsonDocument.Parse(await http.GetStringAsync($"{_harness.Http.Address}/admin/approvals")).RootElement;
            id = pending.GetArrayLength() > 0 ? pending[0].GetProperty("id").GetString() : null;
            return id is not null;
        });
        call.IsCompleted.ShouldBeFalse();
        (await http.PostAsync($"{_harness.Http.Address}/admin/approvals/{id}/approve?note=ok", null)).IsSuccessStatusCode.ShouldBeTrue();

        var result = await call.WaitAsync(TimeSpan.FromSeconds(20));
        result.IsError.ShouldNotBe(true);
    }

    private HttpClient OperatorClient()
    {
        var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _harness.Keys["ops"]);
        return http;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("condition not reached within 20 s");
            }

            await Task.Delay(100);
        }
    }
}
