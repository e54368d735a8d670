using System.Collections.Concurrent;
using SecureMcp.Allocation.Config;

namespace SecureMcp.Allocation.Faults;

/// <summary>Circuit breakers per agent (<c>agent:ID</c>) and per upstream server (<c>upstream:NAME</c>).</summary>
internal sealed class CircuitBreakerRegistry(FaultOptions options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, BreakerHandle> _breakers = new(StringComparer.Ordinal);

    public BreakerHandle Get(string key) => _breakers.GetOrAdd(
        key,
        k => new BreakerHandle(k, k.StartsWith("upstream:", StringComparison.Ordinal) ? options.UpstreamBreaker : options.AgentBreaker, time));

    public BreakerHandle Upstream(string name) => Get("upstream:" + name);

    /// <summary>The first upstream of <paramref name="upstreams"/> whose circuit is open, or null.</summary>
    public string? FirstBlockedUpstream(IReadOnlyList<string> upstreams, DateTimeOffset now)
    {
        foreach (var upstream in upstreams)
        {
            if (Upstream(upstream).IsBlocked(now))
            {
                return upstream;
            }
        }

        return null;
    }
}
