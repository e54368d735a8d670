using System.Collections.Concurrent;

namespace SecureMcp.Policy.Incidents;

/// <summary>Quarantined principals, tools and upstreams. The stages consult it on every call; operators release.</summary>
/// <remarks>
/// Reads are lock-free dictionary lookups, and free when nothing is quarantined. Quarantining a principal also runs
/// the session-closing callback the gateway supplies, so open sessions end at once. Every change is audited.
/// </remarks>
internal sealed class QuarantineRegistry(TimeProvider time, IPolicyAuditSink? audit = null, Func<string, Task>? closePrincipalSessions = null)
{
    private readonly ConcurrentDictionary<(QuarantineKind, string), QuarantineEntry> _entries = new();
    private readonly IPolicyAuditSink _audit = audit ?? NullPolicyAuditSink.Instance;
    private int _count;

    /// <summary>Callback that closes every open session of a principal; the gateway sets it when it composes the stages.</summary>
    public Func<string, Task>? ClosePrincipalSessions { get; set; } = closePrincipalSessions;

    public bool IsEmpty => Volatile.Read(ref _count) == 0;

    public QuarantineEntry? Find(QuarantineKind kind, string? subject) =>
        subject is null || IsEmpty ? null : _entries.GetValueOrDefault((kind, subject));

    public IReadOnlyList<QuarantineEntry> List() => [.. _entries.Values.OrderBy(e => e.Since)];

    /// <summary>Quarantines a subject; returns false when it already was.</summary>
    public async Task<bool> QuarantineAsync(QuarantineKind kind, string subject, string reason, string? incidentId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(subject);
        var entry = new QuarantineEntry(kind, subject, reason, time.GetUtcNow(), incidentId);
        if (!_entries.TryAdd((kind, subject), entry))
        {
            return false;
        }

        Interlocked.Increment(ref _count);
        var principal = kind == QuarantineKind.Principal ? subject : "incident-response";
        await _audit.RecordAsync("security", principal, "quarantine/" + Name(kind), "quarantined", reason, kind == QuarantineKind.Principal ? null : subject);
        if (kind == QuarantineKind.Principal && ClosePrincipalSessions is { } close)
        {
            await close(subject);
        }

        return true;
    }

    /// <summary>Releases a subject (an operator action); returns false when it was not quarantined.</summary>
    public async Task<bool> ReleaseAsync(QuarantineKind kind, string subject, string operatorId, string? note = null)
    {
        if (!_entries.TryRemove((kind, subject), out var entry))
        {
            return false;
        }

        Interlocked.Decrement(ref _count);
        await _audit.RecordAsync("admin", operatorId, "release/" + Name(kind), "released",
            $"released {Name(kind)} '{subject}' (quarantined since {entry.Since:O}: {entry.Reason}){(note is null ? "" : "; " + note)}", subject);
        return true;
    }

    public static string Name(QuarantineKind kind) => kind switch
    {
        QuarantineKind.Principal => "principal",
        QuarantineKind.Tool => "tool",
        _ => "upstream",
    };
}
