using System.Collections.Concurrent;
using ModelContextProtocol.Protocol;
using SecureMcp.Core.Events;
using SecureMcp.Core.Inspection;

namespace SecureMcp.Inspection.Pinning;

/// <summary>Compares tool definitions with their pins, records what it sees, and lets operators approve or quarantine.</summary>
/// <remarks>
/// <para>First sighting: pinned as approved when <see cref="PinningOptions.TrustOnFirstUse"/> is on, otherwise pending.</para>
/// <para>A definition that differs from the approved one makes the tool <see cref="PinState.Changed"/> until it is
/// re-approved (or reverts to the approved definition). Quarantine is sticky until approval.</para>
/// <para>Pins are cached for <see cref="PinningOptions.CacheTtl"/>, so the call path costs a dictionary lookup.</para>
/// </remarks>
public sealed class ToolPinRegistry
{
    private readonly IToolPinStore _store;
    private readonly PinningOptions _options;
    private readonly TimeProvider _time;
    private readonly ISecurityEventSink? _events;
    private readonly ConcurrentDictionary<(string Server, string Tool), (ToolPin Pin, long LoadedAt)> _cache = new();
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    /// <summary>Creates a registry over a store.</summary>
    public ToolPinRegistry(IToolPinStore store, PinningOptions? options = null, TimeProvider? time = null, ISecurityEventSink? events = null)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _options = options ?? new PinningOptions();
        _time = time ?? TimeProvider.System;
        _events = events;
    }

    /// <summary>The options in force.</summary>
    public PinningOptions Options => _options;

    /// <summary>Checks every tool of a server's current list (at list time or after <c>list_changed</c>).</summary>
    public async Task<IReadOnlyList<PinCheck>> ObserveAsync(string server, IEnumerable<Tool> tools, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tools);
        var checks = new List<PinCheck>();
        foreach (var tool in tools)
        {
            checks.Add(await ObserveAsync(server, tool, ToolCanonicalizer.CanonicalJson(tool), cancellationToken));
        }

        return checks;
    }

    /// <summary>Checks one tool definition against its pin and records it.</summary>
    public ValueTask<PinCheck> ObserveAsync(string server, Tool tool, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tool);
        return ObserveAsync(server, tool, ToolCanonicalizer.CanonicalJson(tool), cancellationToken);
    }

    /// <summary>Fast path for the call path: the state of a tool whose canonical hash is known.</summary>
    /// <returns>The state, or null when the cache has no fresh pin with that observed hash (call <see cref="ObserveAsync(string, Tool, CancellationToken)"/>).</returns>
    public PinState? TryGetCachedState(string server, string tool, string hash)
    {
        if (_cache.TryGetValue((server, tool), out var entry) && IsFresh(entry.LoadedAt) &&
            string.Equals(entry.Pin.ObservedHash, hash, StringComparison.Ordinal))
        {
            return entry.Pin.State;
        }

        return null;
    }

    /// <summary>Approves the definition last observed (optionally only if it still has <paramref name="expectedHash"/>).</summary>
    /// <returns>The approved pin, or null if the tool was never seen or its hash moved on.</returns>
    public async ValueTask<ToolPin?> ApproveAsync(string server, string tool, string approvedBy, string? expectedHash = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(approvedBy);
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var pin = await _store.GetAsync(server, tool, cancellationToken);
            if (pin is null || (expectedHash is not null && !string.Equals(pin.ObservedHash, expectedHash, StringComparison.Ordinal)))
            {
                return null;
            }

            var approved = pin with
            {
                State = PinState.Approved,
                ApprovedHash = pin.ObservedHash,
                ApprovedDefinition = pin.ObservedDefinition,
                ApprovedBy = approvedBy,
                ApprovedAt = _time.GetUtcNow(),
                Note = "approved by " + approvedBy,
            };
            await SaveAsync(approved, cancellationToken);
            await PublishAsync("tool.approved", SecuritySeverity.Info, approved, $"approved by {approvedBy}", approved.ObservedHash, cancellationToken);
            return approved;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Quarantines a tool: calls are refused whatever its definition until it is approved again.</summary>
    public async ValueTask<ToolPin?> QuarantineAsync(string server, string tool, string reason, CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var pin = await _store.GetAsync(server, tool, cancellationToken);
            if (pin is null)
            {
                return null;
            }

            var quarantined = pin with { State = PinState.Quarantined, Note = reason };
            await SaveAsync(quarantined, cancellationToken);
            await PublishAsync("tool.quarantined", SecuritySeverity.High, quarantined, reason, pin.ObservedHash, cancellationToken);
            return quarantined;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Every pin, or those of one server.</summary>
    public ValueTask<IReadOnlyList<ToolPin>> ListAsync(string? server = null, CancellationToken cancellationToken = default) =>
        _store.ListAsync(server, cancellationToken);

    /// <summary>The diff between the approved and the last observed definition of a tool (empty if none).</summary>
    public async ValueTask<IReadOnlyList<string>> DiffAsync(string server, string tool, CancellationToken cancellationToken = default)
    {
        var pin = await _store.GetAsync(server, tool, cancellationToken);
        return pin is null || string.Equals(pin.ApprovedHash, pin.ObservedHash, StringComparison.Ordinal)
            ? []
            : DefinitionDiff.Compute(pin.ApprovedDefinition, pin.ObservedDefinition);
    }

    /// <summary>Forgets every cached pin so the next check reads the store.</summary>
    public void InvalidateCache() => _cache.Clear();

    private async ValueTask<PinCheck> ObserveAsync(string server, Tool tool, string canonical, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(server);
        var hash = ToolCanonicalizer.HashCanonical(canonical);
        if (_cache.TryGetValue((server, tool.Name), out var cached) && IsFresh(cached.LoadedAt) &&
            string.Equals(cached.Pin.ObservedHash, hash, StringComparison.Ordinal))
        {
            return Check(cached.Pin, hash, canonical, PinObservation.Unchanged);
        }

        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var now = _time.GetUtcNow();
            var pin = await _store.GetAsync(server, tool.Name, cancellationToken);
            if (pin is null)
            {
                var tofu = _options.TrustOnFirstUse;
                pin = new ToolPin(server, tool.Name, tofu ? PinState.Approved : PinState.Pending, tofu ? hash : null, tofu ? canonical : null,
                    hash, canonical, tofu ? "tofu" : null, tofu ? now : null, now, tofu ? "pinned on first use" : "awaiting approval");
                await SaveAsync(pin, cancellationToken);
                await PublishAsync(tofu ? "tool.pinned" : "tool.pending", tofu ? SecuritySeverity.Info : SecuritySeverity.Low, pin,
                    tofu ? "new tool pinned on first use" : "new tool awaits approval", hash, cancellationToken);
                return new PinCheck(server, tool.Name, PinObservation.New, pin.State, hash, []);
            }

            if (string.Equals(pin.ObservedHash, hash, StringComparison.Ordinal))
            {
                Cache(pin);
                return Check(pin, hash, canonical, PinObservation.Unchanged);
            }

            var state = pin.State switch
            {
                PinState.Quarantined => PinState.Quarantined,
                _ when pin.ApprovedHash is null => PinState.Pending,
                _ when string.Equals(pin.ApprovedHash, hash, StringComparison.Ordinal) => PinState.Approved,
                _ => PinState.Changed,
            };
            var updated = pin with { State = state, ObservedHash = hash, ObservedDefinition = canonical, ObservedAt = now };
            await SaveAsync(updated, cancellationToken);
            var check = Check(updated, hash, canonical, PinObservation.Unchanged);
            if (state == PinState.Changed)
            {
                await PublishAsync("tool.rug-pull", SecuritySeverity.Critical, updated,
                    "tool definition changed after approval; calls are blocked until an operator re-approves it",
                    string.Join("\n", check.Diff.Take(20)), cancellationToken);
            }

            return check;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private static PinCheck Check(ToolPin pin, string hash, string canonical, PinObservation unchanged)
    {
        if (pin.ApprovedHash is null)
        {
            return new PinCheck(pin.Server, pin.Tool, PinObservation.New, pin.State, hash, []);
        }

        return string.Equals(pin.ApprovedHash, hash, StringComparison.Ordinal)
            ? new PinCheck(pin.Server, pin.Tool, unchanged, pin.State, hash, [])
            : new PinCheck(pin.Server, pin.Tool, PinObservation.Changed, pin.State, hash, DefinitionDiff.Compute(pin.ApprovedDefinition, canonical));
    }

    private async ValueTask SaveAsync(ToolPin pin, CancellationToken cancellationToken)
    {
        await _store.SaveAsync(pin, cancellationToken);
        Cache(pin);
    }

    private void Cache(ToolPin pin) => _cache[(pin.Server, pin.Tool)] = (pin, _time.GetTimestamp());

    private bool IsFresh(long loadedAt) => _time.GetElapsedTime(loadedAt) < _options.CacheTtl;

    private async ValueTask PublishAsync(string kind, SecuritySeverity severity, ToolPin pin, string reason, string? evidence, CancellationToken cancellationToken)
    {
        if (_events is not null)
        {
            await _events.PublishAsync(new SecurityEvent(kind, severity, null, pin.Server + "/" + pin.Tool, "pinning", evidence, reason, _time.GetUtcNow()), cancellationToken);
        }
    }
}
