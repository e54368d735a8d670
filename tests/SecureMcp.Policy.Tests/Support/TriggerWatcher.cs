using SecureMcp.Policy.Reload;

namespace SecureMcp.Policy.Tests.Support;

internal sealed class TriggerWatcher : IPolicyFileWatcher
{
    public event Action? Changed;

    public void Fire() => Changed?.Invoke();

    public void Dispose()
    {
    }
}
