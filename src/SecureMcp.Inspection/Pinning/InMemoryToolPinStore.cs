using System.Collections.Concurrent;
using SecureMcp.Core.Inspection;

namespace SecureMcp.Inspection.Pinning;

/// <summary>A pin store that lives only as long as the process (tests, ephemeral gateways, <c>securemcp scan</c>).</summary>
public sealed class InMemoryToolPinStore : IToolPinStore
{
    private readonly ConcurrentDictionary<(string, string), ToolPin> _pins = new();

    /// <inheritdoc />
    public ValueTask<ToolPin?> GetAsync(string server, string tool, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_pins.TryGetValue((server, tool), out var pin) ? pin : null);

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<ToolPin>> ListAsync(string? server = null, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<ToolPin>>(_pins.Values
            .Where(p => server is null || p.Server == server)
            .OrderBy(p => p.Server, StringComparer.Ordinal).ThenBy(p => p.Tool, StringComparer.Ordinal)
            .ToList());

    /// <inheritdoc />
    public ValueTask SaveAsync(ToolPin pin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pin);
        _pins[(pin.Server, pin.Tool)] = pin;
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<bool> DeleteAsync(string server, string tool, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_pins.TryRemove((server, tool), out _));
}
