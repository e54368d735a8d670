namespace SecureMcp.Core.Inspection;

/// <summary>Durable store of tool pins (one record per server and tool).</summary>
public interface IToolPinStore
{
    /// <summary>Reads one pin, or null if the tool was never seen.</summary>
    ValueTask<ToolPin?> GetAsync(string server, string tool, CancellationToken cancellationToken = default);

    /// <summary>Reads every pin, or those of one server, ordered by server and tool.</summary>
    ValueTask<IReadOnlyList<ToolPin>> ListAsync(string? server = null, CancellationToken cancellationToken = default);

    /// <summary>Inserts or replaces the pin of <see cref="ToolPin.Server"/> and <see cref="ToolPin.Tool"/>.</summary>
    ValueTask SaveAsync(ToolPin pin, CancellationToken cancellationToken = default);

    /// <summary>Removes a pin; returns false if there was none.</summary>
    ValueTask<bool> DeleteAsync(string server, string tool, CancellationToken cancellationToken = default);
}
