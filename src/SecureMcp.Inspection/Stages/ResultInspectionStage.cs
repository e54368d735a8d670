using ModelContextProtocol.Protocol;
using SecureMcp.Core.Events;
using SecureMcp.Core.Pipeline;
using SecureMcp.Inspection.Policy;
using SecureMcp.Inspection.Results;

namespace SecureMcp.Inspection.Stages;

/// <summary>Scans tool results for secrets, personal data and prompt injection; redacts or withholds them per policy.</summary>
internal sealed class ResultInspectionStage : ISecurityStage
{
    private readonly ResultInspector _inspector;
    private readonly FindingReporter _reporter;

    public ResultInspectionStage(ResultInspector inspector, ISecurityEventSink? events = null, TimeProvider? time = null)
    {
        _inspector = inspector ?? throw new ArgumentNullException(nameof(inspector));
        _reporter = new FindingReporter(events, time);
    }

    public string Name => "inspect-result";

    public async ValueTask<Result> InvokeAsync(GatewayCallContext context, GatewayCallHandler next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var result = await next(context, cancellationToken);
        if (context.Operation != McpOperation.CallTool || result is not CallToolResult call)
        {
            return result;
        }

        var inspection = _inspector.Inspect(call);
        var blocking = await _reporter.ReportAsync(Name, context, inspection.Findings, cancellationToken);
        if (blocking.Count > 0)
        {
            throw new CallDeniedException(Name, FindingReporter.Reason($"Result of '{context.Target}' withheld", blocking));
        }

        return inspection.Result;
    }
}
