using Microsoft.Extensions.Logging;
using SecureMcp.Core.Events;
using SecureMcp.Core.Pipeline;
using SecureMcp.Gateway.Auditing;
using SecureMcp.Gateway.Configuration;
using SecureMcp.Gateway.Federation;
using SecureMcp.Policy.Approval;
using SecureMcp.Policy.Incidents;
using SecureMcp.Policy.Model;
using SecureMcp.Policy.RateLimits;
using SecureMcp.Policy.Reload;
using SecureMcp.Policy.Stages;
using SecureMcp.Policy.Yaml;

namespace SecureMcp.Gateway.Authorization;

/// <summary>Everything authorization needs, built from the policy file: the store (hot reload), quarantine, approvals, rate limits, incident response and the two stages.</summary>
internal sealed class PolicyModule : IDisposable
{
    private readonly HttpClient? _alerts;

    private PolicyModule(PolicyStore store, QuarantineRegistry quarantine, ApprovalQueue approvals, RateLimitRegistry rateLimits,
        IncidentResponder incidents, AuthorizationStage authorize, RateLimitStage rateLimit, HttpClient? alerts)
    {
        Store = store;
        Quarantine = quarantine;
        Approvals = approvals;
        RateLimits = rateLimits;
        Incidents = incidents;
        AuthorizeStage = authorize;
        RateLimitStage = rateLimit;
        _alerts = alerts;
    }

    public PolicyStore Store { get; }

    public QuarantineRegistry Quarantine { get; }

    public ApprovalQueue Approvals { get; }

    public RateLimitRegistry RateLimits { get; }

    public IncidentResponder Incidents { get; }

    public ISecurityStage AuthorizeStage { get; }

    public ISecurityStage RateLimitStage { get; }

    /// <summary>Opens the policy file (throws <see cref="PolicyValidationException"/> on a bad one) and builds the module.</summary>
    public static PolicyModule Create(string path, FederatedCatalog catalog, GatewayAuditor auditor, AuditEventSink events,
        Func<string, RiskLevel?>? riskOf, ILoggerFactory loggerFactory, TimeProvider time)
    {
        var audit = new AuditPolicySink(auditor);
        PolicyStore store;
        try
        {
            store = PolicyStore.Open(path, time, loggerFactory.CreateLogger<PolicyStore>(), audit);
        }
        catch (PolicyValidationException ex)
        {
            throw new GatewayConfigException($"policy: {ex.Message}", ex);
        }

        var attributes = new CatalogAttributes(catalog, riskOf);
        var quarantine = new QuarantineRegistry(time, audit);
        var approvals = new ApprovalQueue(time, audit);
        var rateLimits = new RateLimitRegistry(store, time);
        HttpClient? http = null;
        IAlertSink? alerts = null;
        if (store.Current.Document.Settings.AlertWebhook is { } webhook)
        {
            http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            alerts = new WebhookAlertSink(http, webhook);
        }

        var incidents = new IncidentResponder(store, quarantine, rateLimits, time, loggerFactory.CreateLogger<IncidentResponder>(), audit, alerts, attributes);
        events.Forward(incidents);
        return new PolicyModule(
            store,
            quarantine,
            approvals,
            rateLimits,
            incidents,
            new AuthorizationStage(store, attributes, quarantine, approvals, time, trust: null, events),
            new RateLimitStage(rateLimits, time, events),
            http);
    }

    public void Dispose()
    {
        Store.Dispose();
        RateLimits.Dispose();
        _alerts?.Dispose();
    }
}
