namespace SecureMcp.Policy.Reload;

/// <summary>Tells the policy store that the policy file may have changed. Injectable so tests can trigger it.</summary>
internal interface IPolicyFileWatcher : IDisposable
{
    event Action? Changed;
}
