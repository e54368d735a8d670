using Microsoft.Extensions.Logging;
using SecureMcp.Policy.Diagnostics;
using SecureMcp.Policy.Engine;
using SecureMcp.Policy.Incidents;
using SecureMcp.Policy.Yaml;

namespace SecureMcp.Policy.Reload;

/// <summary>The policy file in force: loaded, validated, compiled, watched, and swapped atomically on change.</summary>
/// <remarks>
/// A change is debounced (editors write in bursts), then the whole file is parsed and compiled off to the side.
/// Only a valid policy replaces the current one, in one reference swap, so a call sees either the old policy or the
/// new one, never a mix. An invalid file leaves the old policy in force and is reported (log, audit,
/// <see cref="LastReload"/>) with each problem's line and key path.
/// </remarks>
internal sealed class PolicyStore : IPolicySource, IDisposable
{
    private readonly string _path;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly IPolicyAuditSink _audit;
    private readonly IPolicyFileWatcher? _watcher;
    private readonly object _gate = new();
    private ITimer? _debounce;
    private CompiledPolicy _current;

    private PolicyStore(string path, CompiledPolicy initial, TimeProvider time, ILogger logger, IPolicyAuditSink audit, IPolicyFileWatcher? watcher, TimeSpan debounce)
    {
        _path = path;
        _current = initial;
        _time = time;
        _logger = logger;
        _audit = audit;
        _watcher = watcher;
        Debounce = debounce;
        LastReload = new PolicyReloadResult(true, [], time.GetUtcNow());
        if (watcher is not null)
        {
            watcher.Changed += OnChanged;
        }
    }

    /// <summary>The compiled policy in force.</summary>
    public CompiledPolicy Current => Volatile.Read(ref _current);

    /// <summary>The quiet time after the last change before the file is reloaded.</summary>
    public TimeSpan Debounce { get; }

    /// <summary>The outcome of the most recent load or reload.</summary>
    public PolicyReloadResult LastReload { get; private set; }

    /// <summary>Raised after every reload attempt, applied or rejected.</summary>
    public event Action<PolicyReloadResult>? Reloaded;

    /// <summary>Loads the file; throws <see cref="PolicyValidationException"/> when it is invalid (the process must not start).</summary>
    /// <param name="path">The policy file.</param>
    /// <param name="time">Clock for debouncing.</param>
    /// <param name="logger">Logger.</param>
    /// <param name="audit">Where reloads are audited.</param>
    /// <param name="watch">Watch the file with a <see cref="FileSystemPolicyWatcher"/> (ignored when <paramref name="watcher"/> is given).</param>
    /// <param name="watcher">A watcher to use instead (tests).</param>
    /// <param name="debounce">Quiet time before reloading; 250 ms by default.</param>
    public static PolicyStore Open(string path, TimeProvider? time = null, ILogger? logger = null, IPolicyAuditSink? audit = null,
        bool watch = true, IPolicyFileWatcher? watcher = null, TimeSpan? debounce = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var initial = PolicyLoader.LoadOrThrow(path);
        var log = logger ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
        Log.PolicyLoaded(log, path, initial.Roles.Length, initial.Rules.Length, initial.Document.RateLimits.Count, initial.Document.Incidents.Count);
        watcher ??= watch ? new FileSystemPolicyWatcher(path) : null;
        return new PolicyStore(path, initial, time ?? TimeProvider.System, log, audit ?? NullPolicyAuditSink.Instance, watcher, debounce ?? TimeSpan.FromMilliseconds(250));
    }

    /// <summary>Reloads the file now: applies it if valid, otherwise keeps the policy in force and reports why.</summary>
    public PolicyReloadResult Reload()
    {
        lock (_gate)
        {
            var loaded = PolicyLoader.FromFile(_path);
            PolicyReloadResult result;
            if (loaded.Policy is { } policy)
            {
                Volatile.Write(ref _current, policy);
                result = new PolicyReloadResult(true, [], _time.GetUtcNow());
                Log.PolicyLoaded(_logger, _path, policy.Roles.Length, policy.Rules.Length, policy.Document.RateLimits.Count, policy.Document.Incidents.Count);
                _ = _audit.RecordAsync("admin", "policy", "policy/reload", "applied", _path).AsTask();
            }
            else
            {
                result = new PolicyReloadResult(false, loaded.Errors, _time.GetUtcNow());
                Log.PolicyRejected(_logger, _path, string.Join("; ", loaded.Errors));
                _ = _audit.RecordAsync("admin", "policy", "policy/reload", "rejected", result.Summary).AsTask();
            }

            LastReload = result;
            Reloaded?.Invoke(result);
            return result;
        }
    }

    public void Dispose()
    {
        if (_watcher is not null)
        {
            _watcher.Changed -= OnChanged;
            _watcher.Dispose();
        }

        lock (_gate)
        {
            _debounce?.Dispose();
            _debounce = null;
        }
    }

    private void OnChanged()
    {
        lock (_gate)
        {
            if (_debounce is null)
            {
                _debounce = _time.CreateTimer(static s => ((PolicyStore)s!).Reload(), this, Debounce, Timeout.InfiniteTimeSpan);
            }
            else
            {
                _debounce.Change(Debounce, Timeout.InfiniteTimeSpan);
            }
        }
    }
}
