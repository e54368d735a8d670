using System.Runtime.CompilerServices;
using System.Text.Json;
using ModelContextProtocol.Protocol;
using SecureMcp.Core.Events;
using SecureMcp.Core.Inspection;
using SecureMcp.Core.Pipeline;
using SecureMcp.Inspection.Arguments;
using SecureMcp.Inspection.Poisoning;
using SecureMcp.Inspection.Policy;
using SecureMcp.Inspection.Risk;

namespace SecureMcp.Inspection.Stages;

/// <summary>Scans tool-call arguments (paths, SSRF, shell and SQL injection by the tool's capabilities, size) and refuses per policy.</summary>
/// <remarks>Uses the <see cref="ToolReport"/> left by <see cref="ToolVerificationStage"/> when it ran first; classifies the tool itself otherwise.</remarks>
internal sealed class ArgumentInspectionStage : ISecurityStage
{
    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();
    private readonly IToolCatalogView _catalog;
    private readonly ArgumentInspector _inspector;
    private readonly ToolRiskClassifier _classifier;
    private readonly InspectionPolicy _policy;
    private readonly FindingReporter _reporter;
    private readonly ConditionalWeakTable<Tool, ToolRisk> _risks = new();

    public ArgumentInspectionStage(IToolCatalogView catalog, ArgumentInspector inspector, ToolRiskClassifier classifier, InspectionPolicy policy,
        ISecurityEventSink? events = null, TimeProvider? time = null)
    {
        _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        _inspector = inspector ?? throw new ArgumentNullException(nameof(inspector));
        _classifier = classifier ?? throw new ArgumentNullException(nameof(classifier));
        _policy = policy ?? throw new ArgumentNullException(nameof(policy));
        _reporter = new FindingReporter(events, time);
    }

    public string Name => "inspect-arguments";

    public async ValueTask<Result> InvokeAsync(GatewayCallContext context, GatewayCallHandler next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.Operation != McpOperation.CallTool)
        {
            return await next(context, cancellationToken);
        }

        var capabilities = Capabilities(context);
        var findings = await _inspector.InspectAsync(context.Arguments ?? EmptyObject, capabilities, cancellationToken);
        var blocking = await _reporter.ReportAsync(Name, context, findings.Select(f => (f, _policy.Decide(f))), cancellationToken);
        if (blocking.Count > 0)
        {
            throw new CallDeniedException(Name, FindingReporter.Reason($"Arguments for '{context.Target}' refused", blocking));
        }

        return await next(context, cancellationToken);
    }

    private ToolCapabilities Capabilities(GatewayCallContext context)
    {
        if (context.Items.TryGetValue(ToolVerificationStage.ReportItem, out var item) && item is ToolReport report)
        {
            return report.Risk.Capabilities;
        }

        if (!_catalog.TryGetTool(context.Target ?? "", out var server, out var definition))
        {
            throw new CallDeniedException(Name, $"Unknown tool: '{context.Target}'", ErrorCodes.InvalidParams);
        }

        return _risks.GetValue(definition, d => _classifier.Classify(server, d)).Capabilities;
    }
}
