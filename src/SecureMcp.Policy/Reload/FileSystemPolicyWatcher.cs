namespace SecureMcp.Policy.Reload;

/// <summary>Watches one file with <see cref="FileSystemWatcher"/>; editors that save by rename are covered too.</summary>
internal sealed class FileSystemPolicyWatcher : IPolicyFileWatcher
{
    private readonly FileSystemWatcher _watcher;

    public FileSystemPolicyWatcher(string path)
    {
        var full = Path.GetFullPath(path);
        _watcher = new FileSystemWatcher(Path.GetDirectoryName(full)!, Path.GetFileName(full))
        {
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.FileName | NotifyFilters.CreationTime,
        };
        _watcher.Changed += (_, _) => Changed?.Invoke();
        _watcher.Created += (_, _) => Changed?.Invoke();
        _watcher.Renamed += (_, _) => Changed?.Invoke();
        _watcher.EnableRaisingEvents = true;
    }

    public event Action? Changed;

    public void Dispose() => _watcher.Dispose();
}
