using System.Runtime.CompilerServices;
using ModelContextProtocol.Protocol;
using SecureMcp.Core.Events;
using SecureMcp.Core.Inspection;
using SecureMcp.Core.Pipeline;
using SecureMcp.Inspection.Findings;
using SecureMcp.Inspection.Pinning;
using SecureMcp.Inspection.Poisoning;
using SecureMcp.Inspection.Policy;

namespace SecureMcp.Inspection.Stages;

/// <summary>Verifies tools before calls and filters tool lists: pin state (rug pull, pending, quarantine) and poisoning findings.</summary>
/// <remarks>
/// <para><c>tools/call</c>: refused when the tool's pin is changed, pending or quarantined, or when a poisoning finding's
/// action is block (CRITICAL by default). Otherwise its <see cref="ToolReport"/> is put in
/// <see cref="GatewayCallContext.Items"/> under <see cref="ReportItem"/> for later stages and policy.</para>
/// <para><c>tools/list</c>: runs after the rest of the pipeline, observes every listed tool (pinning new ones, detecting
/// changes) and hides blocked tools when the policy says so.</para>
/// <para>Verdicts are cached per definition object, so a call costs a lookup until the catalog refreshes.</para>
/// </remarks>
internal sealed class ToolVerificationStage : ISecurityStage
{
    /// <summary>The <see cref="GatewayCallContext.Items"/> key of the tool's <see cref="ToolReport"/>.</summary>
    public const string ReportItem = "inspection.tool-report";

    private readonly ToolPinRegistry _pins;
    private readonly IToolCatalogView _catalog;
    private readonly ToolInspector _inspector;
    private readonly InspectionPolicy _policy;
    private readonly FindingReporter _reporter;
    private readonly ConditionalWeakTable<Tool, ToolVerdict> _verdicts = new();

    public ToolVerificationStage(ToolPinRegistry pins, IToolCatalogView catalog, ToolInspector inspector, InspectionPolicy policy,
        ISecurityEventSink? events = null, TimeProvider? time = null)
    {
        _pins = pins ?? throw new ArgumentNullException(nameof(pins));
        _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        _inspector = inspector ?? throw new ArgumentNullException(nameof(inspector));
        _policy = policy ?? throw new ArgumentNullException(nameof(policy));
        _reporter = new FindingReporter(events, time);
    }

    public string Name => "verify-tool";

    public async ValueTask<Result> InvokeAsync(GatewayCallContext context, GatewayCallHandler next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        switch (context.Operation)
        {
            case McpOperation.CallTool:
                await VerifyCallAsync(context, cancellationToken);
                return await next(context, cancellationToken);
            case McpOperation.ListTools:
                var result = await next(context, cancellationToken);
                if (result is ListToolsResult list)
                {
                    await FilterAsync(context, list, cancellationToken);
                }

                return result;
            default:
                return await next(context, cancellationToken);
        }
    }

    private async ValueTask VerifyCallAsync(GatewayCallContext context, CancellationToken cancellationToken)
    {
        if (!_catalog.TryGetTool(context.Target ?? "", out var server, out var definition))
        {
            throw new CallDeniedException(Name, $"Unknown tool: '{context.Target}'", ErrorCodes.InvalidParams);
        }

        context.Server ??= server;
        context.UpstreamName ??= definition.Name;
        var verdict = Verdict(server, definition, null);
        context.Items[ReportItem] = verdict.Report;
        var state = _pins.TryGetCachedState(server, definition.Name, verdict.Hash) ?? (await _pins.ObserveAsync(server, definition, cancellationToken)).State;
        if (PinBlockReason(state) is { } pinReason)
        {
            context.Decisions.Add(new StageDecision(Name, false, $"pin {state.ToString().ToLowerInvariant()}"));
            await _reporter.PublishAsync("tool.blocked", SecuritySeverity.High, context, "pinning", verdict.Hash, pinReason, cancellationToken);
            throw new CallDeniedException(Name, $"Tool '{context.Target}' is blocked: {pinReason}");
        }

        var blocking = await _reporter.ReportAsync(Name, context, verdict.Report.Findings.Select(f => (f, _policy.Decide(f))), cancellationToken);
        if (blocking.Count > 0)
        {
            throw new CallDeniedException(Name, FindingReporter.Reason($"Tool '{context.Target}' is blocked by tool poisoning detection", blocking));
        }

        var risk = verdict.Report.Risk;
        context.Decisions.Add(new StageDecision(Name, true,
            $"pin approved; risk {risk.Level.ToString().ToUpperInvariant()} ({string.Join(", ", risk.Reasons.Take(3))})"));
    }

    private async ValueTask FilterAsync(GatewayCallContext context, ListToolsResult list, CancellationToken cancellationToken)
    {
        var resolved = new List<(Tool Listed, string Server, Tool Definition)>(list.Tools.Count);
        foreach (var listed in list.Tools)
        {
            if (_catalog.TryGetTool(listed.Name, out var server, out var definition))
            {
                resolved.Add((listed, server, definition));
            }
        }

        var index = ToolInspector.IndexCatalog(resolved.Select(r => (r.Server, r.Definition)));
        var hidden = new List<string>();
        var kept = new List<Tool>(list.Tools.Count);
        foreach (var listed in list.Tools)
        {
            var match = resolved.FindIndex(r => ReferenceEquals(r.Listed, listed));
            if (match < 0)
            {
                kept.Add(listed);
                continue;
            }

            var (_, server, definition) = resolved[match];
            var verdict = Verdict(server, definition, index);
            var check = await _pins.ObserveAsync(server, definition, cancellationToken);
            var reason = PinBlockReason(check.State) ??
                         verdict.Report.Findings.Where(f => _policy.Decide(f) == InspectionAction.Block)
                             .Select(f => $"{f.Detector} {FindingReporter.Name(f.Severity)}").FirstOrDefault();
            if (reason is not null && _policy.HideBlockedTools)
            {
                hidden.Add($"{listed.Name} ({reason})");
                await _reporter.PublishAsync("tool.hidden", SecuritySeverity.Medium, context, Name, listed.Name, reason, cancellationToken);
            }
            else
            {
                kept.Add(listed);
            }
        }

        if (hidden.Count > 0)
        {
            list.Tools = kept;
            context.Decisions.Add(new StageDecision(Name, true, $"hid {hidden.Count} blocked tool(s): {string.Join("; ", hidden.Take(10))}"));
        }
    }

    private string? PinBlockReason(PinState state) => state switch
    {
        PinState.Changed when _pins.Options.BlockChanged =>
            "its definition changed after it was approved (rug-pull protection); an operator must review the diff and re-approve it",
        PinState.Pending when _pins.Options.BlockPending => "it is new and awaits operator approval",
        PinState.Quarantined => "an operator quarantined it",
        _ => null,
    };

    private ToolVerdict Verdict(string server, Tool definition, IReadOnlyDictionary<string, HashSet<string>>? index)
    {
        if (_verdicts.TryGetValue(definition, out var cached) && (index is null || cached.WithCatalogContext))
        {
            return cached;
        }

        var verdict = new ToolVerdict(ToolCanonicalizer.Hash(definition), _inspector.Inspect(server, definition, index), index is not null);
        _verdicts.AddOrUpdate(definition, verdict);
        return verdict;
    }
}
