using ModelContextProtocol.Protocol;
using SecureMcp.Core.Pipeline;
using SecureMcp.Policy.Incidents;
using SecureMcp.Policy.Tests.Support;
using static SecureMcp.Policy.Tests.Support.Policies;

namespace SecureMcp.Policy.Tests.Stages;

public class AuthorizationStageTests
{
    private const string Yaml = """
        roles:
          user: { tools: [srv__public], prompts: [srv__hello], resources: ["file:///public*"] }
          boss: { servers: [srv] }
        principals:
          filer:
            capabilities:
              - tools: [srv__public]
                arguments:
                  $.path: { pathPrefix: /home/filer }
        rules:
          - id: approve-critical
            effect: require-approval
            when:
              tool.risk: { gte: critical }
        """;

    [Fact]
    public async Task InvokeAsync_GrantedTool_ForwardsAndRecordsDecision()
    {
        var h = new StageHarness(Yaml);
        var context = StageHarness.Call(Principal("u", "user"), "srv__public");
        await h.RunAsync(context);
        h.Forwarded.ShouldBe(1);
        context.Decisions.ShouldHaveSingleItem().Reason.ShouldContain("role 'user'");
        context.Server.ShouldBe("srv");
    }

    [Fact]
    public async Task InvokeAsync_HiddenTool_SameErrorAsMissingTool()
    {
        var h = new StageHarness(Yaml);
        var hidden = await Should.ThrowAsync<CallDeniedException>(() => h.RunAsync(StageHarness.Call(Principal("u", "user"), "srv__secret")).AsTask());
        var missing = await Should.ThrowAsync<CallDeniedException>(() => h.RunAsync(StageHarness.Call(Principal("u", "user"), "srv__nonexistent")).AsTask());
        hidden.Message.ShouldBe("Unknown tool: 'srv__secret'");
        missing.Message.ShouldBe("Unknown tool: 'srv__nonexistent'");
        hidden.ErrorCode.ShouldBe(ErrorCodes.InvalidParams);
        missing.ErrorCode.ShouldBe(hidden.ErrorCode);
        h.Forwarded.ShouldBe(0);
    }

    [Theory]
    [InlineData("SRV__PUBLIC")]
    [InlineData("srv__publi\u0441")]
    [InlineData("srv__public\u200B")]
    public async Task InvokeAsync_NameVariant_AnsweredAsUnknownTool(string name)
    {
        var h = new StageHarness(Yaml);
        var denied = await Should.ThrowAsync<CallDeniedException>(() => h.RunAsync(StageHarness.Call(Principal("u", "user"), name)).AsTask());
        denied.Message.ShouldBe($"Unknown tool: '{name}'");
    }

    [Fact]
    public async Task InvokeAsync_VisibleToolBadArguments_ForbiddenNamingConstraint()
    {
        var h = new StageHarness(Yaml);
        var denied = await Should.ThrowAsync<CallDeniedException>(() => h.RunAsync(StageHarness.Call(Principal("filer"), "srv__public", """{"path":"/home/filer/../root"}""")).AsTask());
        denied.ErrorCode.ShouldBe(ErrorCodes.Forbidden);
        denied.Message.ShouldContain("$.path must satisfy pathPrefix /home/filer");
        h.Events.Events.ShouldHaveSingleItem().Kind.ShouldBe("policy.denied");
    }

    [Fact]
    public async Task InvokeAsync_ListTools_ShowsOnlyCallableTools()
    {
        var h = new StageHarness(Yaml);
        var list = new ListToolsResult { Tools = [StageHarness.ToolNamed("srv__public"), StageHarness.ToolNamed("srv__secret"), StageHarness.ToolNamed("srv__danger")] };
        var context = new GatewayCallContext(McpOperation.ListTools, null, Principal("u", "user"), 0);
        var result = (ListToolsResult)await h.RunAsync(context, list);
        result.Tools.Select(t => t.Name).ShouldBe(["srv__public"]);
    }

    [Fact]
    public async Task InvokeAsync_ListToolsWithCapability_ListsToolWhoseArgumentsAreUnknown()
    {
        var h = new StageHarness(Yaml);
        var list = new ListToolsResult { Tools = [StageHarness.ToolNamed("srv__public"), StageHarness.ToolNamed("srv__secret")] };
        var result = (ListToolsResult)await h.RunAsync(new GatewayCallContext(McpOperation.ListTools, null, Principal("filer"), 0), list);
        result.Tools.Select(t => t.Name).ShouldBe(["srv__public"]);
    }

    [Fact]
    public async Task InvokeAsync_ListPromptsAndResources_Filtered()
    {
        var h = new StageHarness(Yaml);
        var prompts = (ListPromptsResult)await h.RunAsync(new GatewayCallContext(McpOperation.ListPrompts, null, Principal("x"), 0),
            new ListPromptsResult { Prompts = [new Prompt { Name = "srv__hello" }] });
        prompts.Prompts.ShouldBeEmpty();
        var resources = (ListResourcesResult)await h.RunAsync(new GatewayCallContext(McpOperation.ListResources, null, Principal("u", "user"), 0),
            new ListResourcesResult { Resources = [new Resource { Name = "p", Uri = "file:///public.txt" }, new Resource { Name = "s", Uri = "file:///secret.txt" }] });
        resources.Resources.Select(r => r.Uri).ShouldBe(["file:///public.txt"]);
    }

    [Fact]
    public async Task InvokeAsync_ReadHiddenResource_SameErrorAsMissing()
    {
        var h = new StageHarness(Yaml);
        var denied = await Should.ThrowAsync<CallDeniedException>(() => h.RunAsync(new GatewayCallContext(McpOperation.ReadResource, "file:///public.txt", Principal("x"), 0)).AsTask());
        denied.Message.ShouldBe("Unknown resource URI: 'file:///public.txt'");
    }

    [Fact]
    public async Task InvokeAsync_QuarantinedPrincipal_RefusedWithReason()
    {
        var h = new StageHarness(Yaml);
        await h.Quarantine.QuarantineAsync(QuarantineKind.Principal, "u", "five denials in a minute");
        var denied = await Should.ThrowAsync<CallDeniedException>(() => h.RunAsync(StageHarness.Call(Principal("u", "user"), "srv__public")).AsTask());
        denied.Message.ShouldContain("quarantined (five denials in a minute)");
        h.Forwarded.ShouldBe(0);
    }

    [Fact]
    public async Task InvokeAsync_QuarantinedTool_RefusedAndHidden()
    {
        var h = new StageHarness(Yaml);
        await h.Quarantine.QuarantineAsync(QuarantineKind.Tool, "srv__public", "rug pull");
        var denied = await Should.ThrowAsync<CallDeniedException>(() => h.RunAsync(StageHarness.Call(Principal("u", "user"), "srv__public")).AsTask());
        denied.Message.ShouldContain("rug pull");
        var list = (ListToolsResult)await h.RunAsync(new GatewayCallContext(McpOperation.ListTools, null, Principal("u", "user"), 0),
            new ListToolsResult { Tools = [StageHarness.ToolNamed("srv__public")] });
        list.Tools.ShouldBeEmpty();
    }

    [Fact]
    public async Task InvokeAsync_RequireApprovalApproved_Forwards()
    {
        var h = new StageHarness(Yaml);
        var call = h.RunAsync(StageHarness.Call(Principal("b", "boss"), "srv__danger")).AsTask();
        var pending = h.Approvals.Pending().ShouldHaveSingleItem();
        pending.Reason.ShouldContain("approve-critical");
        call.IsCompleted.ShouldBeFalse();
        h.Approvals.Approve(pending.Id, "operator-1").ShouldBeTrue();
        await call;
        h.Forwarded.ShouldBe(1);
        h.Audit.Records.ShouldContain(r => r.Action == "approval/approved" && r.Principal == "operator-1");
    }

    [Fact]
    public async Task InvokeAsync_RequireApprovalRejected_Forbidden()
    {
        var h = new StageHarness(Yaml);
        var call = h.RunAsync(StageHarness.Call(Principal("b", "boss"), "srv__danger")).AsTask();
        h.Approvals.Reject(h.Approvals.Pending()[0].Id, "operator-1", "not today").ShouldBeTrue();
        var denied = await Should.ThrowAsync<CallDeniedException>(call);
        denied.Message.ShouldContain("rejected by operator-1: not today");
        h.Forwarded.ShouldBe(0);
    }

    [Fact]
    public async Task InvokeAsync_RequireApprovalTimeout_Rejected()
    {
        var h = new StageHarness(Yaml);
        var call = h.RunAsync(StageHarness.Call(Principal("b", "boss"), "srv__danger")).AsTask();
        h.Time.Advance(TimeSpan.FromMinutes(4));
        call.IsCompleted.ShouldBeFalse();
        h.Time.Advance(TimeSpan.FromMinutes(2));
        var denied = await Should.ThrowAsync<CallDeniedException>(call);
        denied.Message.ShouldContain("no operator approved it in time");
        h.Approvals.Pending().ShouldBeEmpty();
    }

    [Fact]
    public void Approve_UnknownId_False()
    {
        new StageHarness(Yaml).Approvals.Approve("apr-999999", "op").ShouldBeFalse();
    }
}
