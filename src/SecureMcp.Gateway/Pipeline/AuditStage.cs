using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using SecureMcp.Core.Pipeline;
using SecureMcp.Gateway.Auditing;

namespace SecureMcp.Gateway.Pipeline;

/// <summary>Outermost stage: writes one audit record per call with its outcome, reason and latency.</summary>
internal sealed class AuditStage(GatewayAuditor auditor) : ISecurityStage
{
    public string Name => "audit";

    public async ValueTask<Result> InvokeAsync(GatewayCallContext context, GatewayCallHandler next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            var result = await next(context, cancellationToken);
            var outcome = result is CallToolResult { IsError: true } ? "tool-error" : "ok";
            await auditor.CallAsync(context, outcome, Summarize(context));
            return result;
        }
        catch (CallDeniedException denied)
        {
            await auditor.CallAsync(context, "denied", $"{denied.Stage}: {denied.Message}");
            throw;
        }
        catch (ForwardedException forwarded)
        {
            var inner = forwarded.InnerException;
            var outcome = inner is OperationCanceledException ? "cancelled" : "error";
            var reason = inner is McpProtocolException protocol ? $"{(int)protocol.ErrorCode}: {protocol.Message}" : inner?.Message;
            await auditor.CallAsync(context, outcome, reason);
            throw;
        }
    }

    private static string Summarize(GatewayCallContext context) =>
        context.Decisions.Count == 0 ? "allowed" : string.Join("; ", context.Decisions.Select(d => $"{d.Stage}: {d.Reason}"));
}
