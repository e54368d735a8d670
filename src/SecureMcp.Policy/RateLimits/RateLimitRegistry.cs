using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.RateLimiting;
using SecureMcp.Policy.Engine;
using SecureMcp.Policy.Model;

namespace SecureMcp.Policy.RateLimits;

/// <summary>The rate limits, quotas and concurrency caps of the policy in force, plus temporary tightened limits.</summary>
/// <remarks>
/// Limiters come from System.Threading.RateLimiting, which measures time with its own stopwatch (it has no
/// <see cref="TimeProvider"/> hook), so replenishment follows real time. Tightened limits expire by
/// <see cref="TimeProvider"/>. On a policy reload, limits whose definition is unchanged keep their state.
/// </remarks>
internal sealed class RateLimitRegistry(IPolicySource policy, TimeProvider time) : IDisposable
{
    private readonly object _gate = new();
    private readonly ConcurrentDictionary<string, TightenedLimit> _tightened = new(StringComparer.Ordinal);
    private IReadOnlyList<RateLimitDefinition>? _source;
    private ActiveLimit[] _limits = [];

    /// <summary>Takes a permit from every applicable limit, or returns the first refusal (releasing what was taken).</summary>
    public RateLimitPermit? TryAcquire(string principal, TargetKind kind, string target, string server, out RateLimitRejection? rejection)
    {
        rejection = null;
        var limits = Limits();
        List<RateLimitLease>? leases = null;
        if (!_tightened.IsEmpty && _tightened.TryGetValue(principal, out var tight))
        {
            if (time.GetUtcNow() >= tight.Until)
            {
                _tightened.TryRemove(new KeyValuePair<string, TightenedLimit>(principal, tight));
                tight.Limiter.Dispose();
            }
            else if (!Take(tight.Limiter, "tightened", tight.Description, ref leases, out rejection))
            {
                return null;
            }
        }

        foreach (var limit in limits)
        {
            if (limit.Applies(principal, kind, target, server)
                && !Take(limit.LimiterFor(principal, target, server), limit.Definition.Id, limit.Description, ref leases, out rejection))
            {
                return null;
            }
        }

        return leases is null ? RateLimitPermit.None : new RateLimitPermit(leases);
    }

    /// <summary>Adds a temporary limit for a principal: <paramref name="limit"/> calls per <paramref name="period"/> until the duration ends.</summary>
    public void Tighten(string principal, int limit, TimeSpan period, TimeSpan duration)
    {
        var limiter = new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = period, QueueLimit = 0, AutoReplenishment = true });
        var description = string.Create(CultureInfo.InvariantCulture, $"tightened limit on '{principal}' ({limit} per {period}, until {time.GetUtcNow() + duration:O})");
        var entry = new TightenedLimit(limiter, time.GetUtcNow() + duration, description);
        _tightened.AddOrUpdate(principal, entry, (_, old) =>
        {
            old.Limiter.Dispose();
            return entry;
        });
    }

    public IReadOnlyList<string> Tightened() => [.. _tightened.Select(t => t.Value.Description)];

    public void Dispose()
    {
        foreach (var limit in _limits)
        {
            limit.Dispose();
        }

        foreach (var tight in _tightened.Values)
        {
            tight.Limiter.Dispose();
        }
    }

    private static bool Take(RateLimiter limiter, string id, string description, ref List<RateLimitLease>? leases, out RateLimitRejection? rejection)
    {
        var lease = limiter.AttemptAcquire(1);
        if (lease.IsAcquired)
        {
            rejection = null;
            if (limiter is ConcurrencyLimiter)
            {
                (leases ??= []).Add(lease);
            }
            else
            {
                lease.Dispose();
            }

            return true;
        }

        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(1);
        lease.Dispose();
        if (leases is not null)
        {
            foreach (var held in leases)
            {
                held.Dispose();
            }
        }

        rejection = new RateLimitRejection(id, retryAfter, description);
        return false;
    }

    private ActiveLimit[] Limits()
    {
        var definitions = policy.Current.Document.RateLimits;
        if (ReferenceEquals(definitions, Volatile.Read(ref _source)))
        {
            return Volatile.Read(ref _limits);
        }

        lock (_gate)
        {
            if (!ReferenceEquals(definitions, _source))
            {
                var old = _limits;
                var next = definitions.Select(d => old.FirstOrDefault(o => o.Signature == ActiveLimit.SignatureOf(d)) ?? new ActiveLimit(d)).ToArray();
                foreach (var gone in old.Where(o => !next.Contains(o)))
                {
                    gone.Dispose();
                }

                Volatile.Write(ref _limits, next);
                Volatile.Write(ref _source, definitions);
            }

            return _limits;
        }
    }
}
