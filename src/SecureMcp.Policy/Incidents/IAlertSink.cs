namespace SecureMcp.Policy.Incidents;

/// <summary>Receives alerts raised by incident response.</summary>
internal interface IAlertSink
{
    Task SendAsync(Incident incident, CancellationToken cancellationToken);
}
