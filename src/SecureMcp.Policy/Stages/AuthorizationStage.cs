using System.Net;
using ModelContextProtocol.Protocol;
using SecureMcp.Core.Audit;
using SecureMcp.Core.Events;
using SecureMcp.Core.Identity;
using SecureMcp.Core.Pipeline;
using SecureMcp.Policy.Approval;
using SecureMcp.Policy.Attributes;
using SecureMcp.Policy.Engine;
using SecureMcp.Policy.Incidents;
using SecureMcp.Policy.Matching;
using SecureMcp.Policy.Model;

namespace SecureMcp.Policy.Stages;

/// <summary>The authorize stage: quarantine, RBAC, capabilities and ABAC on every call, and filtered listings.</summary>
/// <remarks>
/// <para>Calls (<c>tools/call</c>, <c>prompts/get</c>, <c>resources/read</c>) are decided by the policy in force.
/// A target the principal may not see is answered exactly as a missing one, so targets cannot be enumerated.
/// A denied visible target gets <see cref="ErrorCodes.Forbidden"/> naming the rule.</para>
/// <para>Listings are filtered after the rest of the pipeline ran, so each principal sees only what it may call.</para>
/// <para>The caller's address is read from <c>Items["sourceAddress"]</c> (an <see cref="IPAddress"/> or its text) when the transport sets it.</para>
/// </remarks>
internal sealed class AuthorizationStage(
    IPolicySource policy,
    IToolAttributesSource targets,
    QuarantineRegistry quarantine,
    ApprovalQueue approvals,
    TimeProvider time,
    ITrustScoreSource? trust = null,
    ISecurityEventSink? events = null) : ISecurityStage
{
    /// <summary>The <see cref="GatewayCallContext.Items"/> key of the caller's network address.</summary>
    public const string SourceAddressItem = "sourceAddress";

    public string Name => "authorize";

    public async ValueTask<Result> InvokeAsync(GatewayCallContext context, GatewayCallHandler next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var principal = context.Principal ?? throw new CallDeniedException(Name, "Unauthenticated: no principal on this call");
        if (quarantine.Find(QuarantineKind.Principal, principal.Id) is { } q)
        {
            context.Decisions.Add(new StageDecision(Name, false, $"principal quarantined: {q.Reason}"));
            throw new CallDeniedException(Name, $"Principal '{principal.Id}' is quarantined ({q.Reason}); an operator must release it");
        }

        switch (context.Operation)
        {
            case McpOperation.CallTool:
                await AuthorizeAsync(context, principal, TargetKind.Tool, cancellationToken);
                return await next(context, cancellationToken);
            case McpOperation.GetPrompt:
                await AuthorizeAsync(context, principal, TargetKind.Prompt, cancellationToken);
                return await next(context, cancellationToken);
            case McpOperation.ReadResource:
                await AuthorizeAsync(context, principal, TargetKind.Resource, cancellationToken);
                return await next(context, cancellationToken);
            case McpOperation.Complete:
                RequireVisible(context, principal);
                return await next(context, cancellationToken);
            default:
                var result = await next(context, cancellationToken);
                return ListFilter.Apply(result, target => IsVisible(context, principal, target.Kind, target.Name));
        }
    }

    private async ValueTask AuthorizeAsync(GatewayCallContext context, Principal principal, TargetKind kind, CancellationToken cancellationToken)
    {
        var name = context.Target;
        var attributes = Resolve(kind, name);
        if (attributes is null)
        {
            throw Refuse(context, principal, kind, name, "unknown target", visible: false);
        }

        context.Server ??= attributes.Server;
        var current = policy.Current;
        var request = Request(context, principal, kind, name!, attributes);
        if (QuarantinedTarget(kind, name!, attributes.Server) is { } tq)
        {
            throw Refuse(context, principal, kind, name, $"{QuarantineRegistry.Name(tq.Kind)} '{tq.Subject}' is quarantined: {tq.Reason}", current.IsVisible(request));
        }

        var decision = current.Decide(request);
        switch (decision.Effect)
        {
            case PolicyEffect.Allow:
                context.Decisions.Add(new StageDecision(Name, true, decision.Reason));
                return;
            case PolicyEffect.Deny:
                throw Refuse(context, principal, kind, name, decision.Reason, current.IsVisible(request));
        }

        context.Decisions.Add(new StageDecision(Name, true, decision.Reason + "; waiting for an operator"));
        var outcome = await approvals.WaitAsync(principal.Id, name!, attributes.Server, ArgumentsDigest.Compute(context.Arguments), decision.Reason,
            current.Settings.ApprovalTimeout, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        if (outcome.Status != Approval.ApprovalStatus.Approved)
        {
            var why = outcome.Status == Approval.ApprovalStatus.TimedOut
                ? "no operator approved it in time"
                : $"rejected by {outcome.DecidedBy}{(outcome.Note is null ? "" : ": " + outcome.Note)}";
            throw Refuse(context, principal, kind, name, $"approval {why}", visible: true);
        }

        context.Decisions.Add(new StageDecision(Name, true, $"approved by {outcome.DecidedBy}"));
    }

    private void RequireVisible(GatewayCallContext context, Principal principal)
    {
        // Completion references name a prompt or a resource template; either must be one the principal can see.
        var name = context.Target;
        if (name is null)
        {
            return;
        }

        var kind = name.Contains("://", StringComparison.Ordinal) || name.Contains('{', StringComparison.Ordinal) ? TargetKind.Resource : TargetKind.Prompt;
        if (!IsVisible(context, principal, kind, name))
        {
            throw Refuse(context, principal, kind, name, "not visible to the principal", visible: false);
        }
    }

    private bool IsVisible(GatewayCallContext context, Principal principal, TargetKind kind, string name)
    {
        var attributes = Resolve(kind, name);
        if (attributes is null || QuarantinedTarget(kind, name, attributes.Server) is not null)
        {
            return false;
        }

        return policy.Current.IsVisible(Request(context, principal, kind, name, attributes));
    }

    private ToolAttributes? Resolve(TargetKind kind, string? name)
    {
        if (name is null || !(kind == TargetKind.Resource ? NameRules.IsAcceptableUri(name) : NameRules.IsCanonicalName(name)))
        {
            return null;
        }

        return targets.Describe(kind, name);
    }

    private QuarantineEntry? QuarantinedTarget(TargetKind kind, string name, string server)
    {
        if (quarantine.IsEmpty)
        {
            return null;
        }

        return (kind == TargetKind.Tool ? quarantine.Find(QuarantineKind.Tool, name) : null) ?? quarantine.Find(QuarantineKind.Upstream, server);
    }

    private PolicyRequest Request(GatewayCallContext context, Principal principal, TargetKind kind, string name, ToolAttributes attributes) =>
        new(principal, kind, name, attributes, context.Arguments, time.GetUtcNow(), SourceAddress(context), trust);

    private static IPAddress? SourceAddress(GatewayCallContext context) => context.Items.GetValueOrDefault(SourceAddressItem) switch
    {
        IPAddress address => address,
        string text when IPAddress.TryParse(text, out var parsed) => parsed,
        _ => null,
    };

    private CallDeniedException Refuse(GatewayCallContext context, Principal principal, TargetKind kind, string? name, string reason, bool visible)
    {
        context.Decisions.Add(new StageDecision(Name, false, reason));
        if (events is not null)
        {
            var published = events.PublishAsync(new SecurityEvent("policy.denied", SecuritySeverity.Medium, principal.Id, name, Name, null, reason, time.GetUtcNow()));
            if (!published.IsCompletedSuccessfully)
            {
                _ = published.AsTask();
            }
        }

        return visible
            ? new CallDeniedException(Name, $"Denied by policy: {reason}")
            : TargetErrors.Unknown(Name, kind, name);
    }
}
