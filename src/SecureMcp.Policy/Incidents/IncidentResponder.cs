using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using SecureMcp.Core.Events;
using SecureMcp.Policy.Attributes;
using SecureMcp.Policy.Diagnostics;
using SecureMcp.Policy.Engine;
using SecureMcp.Policy.Matching;
using SecureMcp.Policy.Model;
using SecureMcp.Policy.RateLimits;

namespace SecureMcp.Policy.Incidents;

/// <summary>Automated incident response: matches security events against the policy's incident rules and acts.</summary>
/// <remarks>
/// Events are counted per rule and subject (the principal, or the target when there is none) in a sliding window
/// measured by the <see cref="TimeProvider"/>. When the count reaches the rule's threshold the rule fires once, its
/// window is cleared, and its actions run: quarantine, tighten a rate limit, alert. Each action is audited.
/// </remarks>
internal sealed class IncidentResponder(
    IPolicySource policy,
    QuarantineRegistry quarantine,
    RateLimitRegistry rateLimits,
    TimeProvider time,
    ILogger<IncidentResponder> logger,
    IPolicyAuditSink? audit = null,
    IAlertSink? alerts = null,
    IToolAttributesSource? targets = null) : ISecurityEventSink
{
    private const int MaxIncidents = 1000;
    private readonly ConcurrentDictionary<(string Rule, string Subject), Queue<DateTimeOffset>> _windows = new();
    private readonly ConcurrentQueue<Incident> _incidents = new();
    private readonly IPolicyAuditSink _audit = audit ?? NullPolicyAuditSink.Instance;
    private long _sequence;

    /// <summary>Incidents so far, newest last (the last 1,000).</summary>
    public IReadOnlyList<Incident> Incidents() => [.. _incidents];

    public async ValueTask PublishAsync(SecurityEvent securityEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(securityEvent);
        foreach (var rule in policy.Current.Document.Incidents)
        {
            if (securityEvent.Severity < rule.MinSeverity || (rule.Kinds.Count > 0 && !new GlobSet(rule.Kinds).IsMatch(securityEvent.Kind)))
            {
                continue;
            }

            var subject = securityEvent.Principal ?? securityEvent.Target ?? "(none)";
            if (Count(rule, subject, securityEvent.Timestamp) is { } count)
            {
                await FireAsync(rule, subject, securityEvent, count, cancellationToken);
            }
        }
    }

    private int? Count(IncidentRuleDefinition rule, string subject, DateTimeOffset at)
    {
        var window = _windows.GetOrAdd((rule.Id, subject), _ => new Queue<DateTimeOffset>());
        lock (window)
        {
            window.Enqueue(at);
            while (window.Count > 0 && window.Peek() <= at - rule.Within)
            {
                window.Dequeue();
            }

            if (window.Count < rule.Count)
            {
                return null;
            }

            var count = window.Count;
            window.Clear();
            return count;
        }
    }

    private async Task FireAsync(IncidentRuleDefinition rule, string subject, SecurityEvent trigger, int count, CancellationToken cancellationToken)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"inc-{Interlocked.Increment(ref _sequence):D6}");
        var reason = string.Create(CultureInfo.InvariantCulture, $"incident {id}: rule '{rule.Id}' fired on {count} {trigger.Kind} event(s) ({trigger.Reason})");
        var outcomes = new List<string>();
        foreach (var action in rule.Actions.Where(a => a.Kind != IncidentActionKind.Alert))
        {
            outcomes.Add(await RunAsync(action, id, trigger, reason));
        }

        var incident = new Incident(id, rule.Id, subject, trigger, count, outcomes, time.GetUtcNow());
        if (rule.Actions.Any(a => a.Kind == IncidentActionKind.Alert))
        {
            incident = incident with { Actions = [.. outcomes, await AlertAsync(incident, cancellationToken)] };
        }

        _incidents.Enqueue(incident);
        while (_incidents.Count > MaxIncidents)
        {
            _incidents.TryDequeue(out _);
        }

        await _audit.RecordAsync("security", trigger.Principal ?? "incident-response", "incident/" + rule.Id, "fired",
            $"{reason}; actions: {string.Join(", ", incident.Actions)}", trigger.Target);
    }

    private async Task<string> RunAsync(IncidentActionDefinition action, string id, SecurityEvent trigger, string reason)
    {
        try
        {
            switch (action.Kind)
            {
                case IncidentActionKind.QuarantinePrincipal when trigger.Principal is { } principal:
                    await quarantine.QuarantineAsync(QuarantineKind.Principal, principal, reason, id);
                    return $"quarantine-principal {principal}: done";
                case IncidentActionKind.QuarantineTool when trigger.Target is { } target:
                    var tool = ToolName(target);
                    await quarantine.QuarantineAsync(QuarantineKind.Tool, tool, reason, id);
                    return $"quarantine-tool {tool}: done";
                case IncidentActionKind.QuarantineUpstream when trigger.Target is { } target:
                    var server = targets?.Describe(TargetKind.Tool, ToolName(target))?.Server ?? ServerName(target);
                    await quarantine.QuarantineAsync(QuarantineKind.Upstream, server, reason, id);
                    return $"quarantine-upstream {server}: done";
                case IncidentActionKind.TightenRateLimit when trigger.Principal is { } principal:
                    rateLimits.Tighten(principal, action.Limit, action.Period, action.Duration);
                    await _audit.RecordAsync("security", principal, "ratelimit/tighten", "tightened",
                        string.Create(CultureInfo.InvariantCulture, $"{reason}: {action.Limit} per {action.Period} for {action.Duration}"));
                    return $"tighten-rate-limit {principal}: done";
                default:
                    return $"{action.Kind}: skipped (the event names no subject for it)";
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Log.ActionFailed(logger, action.Kind.ToString(), id, ex);
            return $"{action.Kind}: failed ({ex.GetType().Name})";
        }
    }

    // Tool pinning names tools "server/tool"; the gateway and the policy use "server__tool".
    private static string ToolName(string target) =>
        !target.Contains("__", StringComparison.Ordinal) && target.IndexOf('/', StringComparison.Ordinal) is > 0 and var slash && !target.Contains("://", StringComparison.Ordinal)
            ? target[..slash] + "__" + target[(slash + 1)..]
            : target;

    private static string ServerName(string target)
    {
        var tool = ToolName(target);
        var separator = tool.IndexOf("__", StringComparison.Ordinal);
        return separator > 0 ? tool[..separator] : tool;
    }

    private async Task<string> AlertAsync(Incident incident, CancellationToken cancellationToken)
    {
        var t = incident.Trigger;
        Log.Alert(logger, incident.Id, incident.RuleId, incident.Subject, t.Kind, t.Severity.ToString(), t.Reason, string.Join(", ", incident.Actions));
        if (alerts is null)
        {
            return "alert: logged";
        }

        try
        {
            await alerts.SendAsync(incident, cancellationToken);
            return "alert: logged and sent";
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            Log.ActionFailed(logger, "alert", incident.Id, ex);
            return $"alert: logged; webhook failed ({ex.GetType().Name})";
        }
    }
}
