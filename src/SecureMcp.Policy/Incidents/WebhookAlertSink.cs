using System.Net.Http.Json;
using System.Text.Json;

namespace SecureMcp.Policy.Incidents;

/// <summary>Posts each alert as JSON to a webhook. Failures are reported to the caller, which logs and audits them.</summary>
internal sealed class WebhookAlertSink(HttpClient http, Uri webhook) : IAlertSink
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task SendAsync(Incident incident, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var body = new
        {
            source = "securemcp",
            incident = incident.Id,
            rule = incident.RuleId,
            subject = incident.Subject,
            kind = incident.Trigger.Kind,
            severity = incident.Trigger.Severity.ToString().ToLowerInvariant(),
            reason = incident.Trigger.Reason,
            count = incident.EventCount,
            actions = incident.Actions,
            at = incident.At,
        };
        using var response = await http.PostAsJsonAsync(webhook, body, Json, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
