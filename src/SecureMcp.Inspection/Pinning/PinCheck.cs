using SecureMcp.Core.Inspection;

namespace SecureMcp.Inspection.Pinning;

/// <summary>The outcome of checking one tool definition against its pin.</summary>
/// <param name="Server">The upstream server.</param>
/// <param name="Tool">The tool name as the upstream knows it.</param>
/// <param name="Observation">New, unchanged or changed.</param>
/// <param name="State">The pin state after the check; only <see cref="PinState.Approved"/> lets calls through.</param>
/// <param name="Hash">The canonical hash of the current definition.</param>
/// <param name="Diff">What changed against the approved definition (empty when unchanged).</param>
public sealed record PinCheck(string Server, string Tool, PinObservation Observation, PinState State, string Hash, IReadOnlyList<string> Diff)
{
    /// <summary>True if calls to the tool may proceed.</summary>
    public bool IsApproved => State == PinState.Approved;
}
