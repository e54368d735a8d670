using System.Text.Json;
using ModelContextProtocol.Protocol;
using SecureMcp.Core.Identity;
using SecureMcp.Core.Pipeline;
using SecureMcp.Policy.Approval;
using SecureMcp.Policy.Attributes;
using SecureMcp.Policy.Engine;
using SecureMcp.Policy.Incidents;
using SecureMcp.Policy.Model;
using SecureMcp.Policy.Stages;

namespace SecureMcp.Policy.Tests.Support;

/// <summary>An authorization stage over a small catalog, with a terminal that records whether it was reached.</summary>
internal sealed class StageHarness
{
    public StageHarness(string yaml, ManualTime? time = null)
    {
        Time = time ?? new ManualTime();
        Catalog = new DictionaryToolAttributesSource()
            .Add(TargetKind.Tool, "srv__public", new ToolAttributes("srv") { Risk = RiskLevel.Low })
            .Add(TargetKind.Tool, "srv__secret", new ToolAttributes("srv") { Risk = RiskLevel.Low })
            .Add(TargetKind.Tool, "srv__danger", new ToolAttributes("srv") { Risk = RiskLevel.Critical })
            .Add(TargetKind.Prompt, "srv__hello", ToolAttributes.ReadOnlyOf("srv"))
            .Add(TargetKind.Resource, "file:///public.txt", ToolAttributes.ReadOnlyOf("srv"));
        Quarantine = new QuarantineRegistry(Time, Audit);
        Approvals = new ApprovalQueue(Time, Audit);
        Stage = new AuthorizationStage(new StaticPolicySource(Policies.Compile(yaml)), Catalog, Quarantine, Approvals, Time, events: Events);
    }

    public ManualTime Time { get; }

    public DictionaryToolAttributesSource Catalog { get; }

    public RecordingAuditSink Audit { get; } = new();

    public RecordingEventSink Events { get; } = new();

    public QuarantineRegistry Quarantine { get; }

    public ApprovalQueue Approvals { get; }

    public AuthorizationStage Stage { get; }

    public int Forwarded { get; private set; }

    public static GatewayCallContext Call(Principal principal, string tool, string? args = null) =>
        new(McpOperation.CallTool, tool, principal, 0) { Arguments = args is null ? null : Policies.Json(args) };

    public ValueTask<Result> RunAsync(GatewayCallContext context, Result? result = null, CancellationToken cancellationToken = default) =>
        Stage.InvokeAsync(context, (_, _) =>
        {
            Forwarded++;
            return ValueTask.FromResult(result ?? new CallToolResult { Content = [] });
        }, cancellationToken);

    public static Tool ToolNamed(string name) => new() { Name = name, InputSchema = JsonDocument.Parse("{\"type\":\"object\"}").RootElement.Clone() };
}
