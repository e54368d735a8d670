using SecureMcp.Policy.Yaml;

namespace SecureMcp.Policy.Reload;

/// <summary>The outcome of one (re)load: applied, or rejected with the errors, the old policy staying in force.</summary>
/// <param name="Applied">True when the new policy is now in force.</param>
/// <param name="Errors">Every problem, each naming its line and key path.</param>
/// <param name="At">When it happened.</param>
internal sealed record PolicyReloadResult(bool Applied, IReadOnlyList<PolicyError> Errors, DateTimeOffset At)
{
    public string Summary => Applied ? "policy applied" : "policy rejected: " + string.Join("; ", Errors);
}
