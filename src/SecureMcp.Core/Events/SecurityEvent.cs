namespace SecureMcp.Core.Events;

/// <summary>Something a security component saw: a denial, a detection, a rug-pulled tool, a quarantine.</summary>
/// <remarks>
/// Events are data, not log lines: any stage publishes them to an <see cref="ISecurityEventSink"/>, and incident
/// response rules match on <see cref="Kind"/>, <see cref="Severity"/>, <see cref="Principal"/> and <see cref="Target"/>.
/// </remarks>
/// <param name="Kind">What happened, as a stable dotted name (for example <c>policy.denied</c>, <c>inspection.injection</c>, <c>tool.rug-pull</c>).</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Principal">The principal involved, if any.</param>
/// <param name="Target">The tool, prompt, resource or upstream involved, if any.</param>
/// <param name="Detector">The stage, rule or detector that raised it.</param>
/// <param name="Evidence">What was seen (redacted: never a secret or the full arguments).</param>
/// <param name="Reason">Why it matters, in one sentence.</param>
/// <param name="Timestamp">When it happened.</param>
public sealed record SecurityEvent(
    string Kind,
    SecuritySeverity Severity,
    string? Principal,
    string? Target,
    string Detector,
    string? Evidence,
    string Reason,
    DateTimeOffset Timestamp);
