using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.RateLimiting;
using SecureMcp.Policy.Engine;
using SecureMcp.Policy.Matching;
using SecureMcp.Policy.Model;

namespace SecureMcp.Policy.RateLimits;

/// <summary>One configured limit with its limiters, one per partition key.</summary>
internal sealed class ActiveLimit(RateLimitDefinition definition) : IDisposable
{
    private readonly ConcurrentDictionary<(string, string), RateLimiter> _limiters = new();
    private readonly CompiledScope _scope = new(definition.Scope);
    private readonly GlobSet _principals = new(definition.Principals);

    public RateLimitDefinition Definition { get; } = definition;

    /// <summary>Everything that shapes the limiter; equal signatures keep their state across a reload.</summary>
    public string Signature { get; } = SignatureOf(definition);

    public string Description { get; } = definition.Kind switch
    {
        RateLimitKind.TokenBucket => string.Create(CultureInfo.InvariantCulture, $"token bucket '{definition.Id}' ({definition.TokensPerPeriod} per {definition.Period}, burst {definition.Limit}, per {definition.Per})"),
        RateLimitKind.FixedWindow => string.Create(CultureInfo.InvariantCulture, $"quota '{definition.Id}' ({definition.Limit} per {definition.Period}, per {definition.Per})"),
        _ => string.Create(CultureInfo.InvariantCulture, $"concurrency cap '{definition.Id}' ({definition.Limit} at once, per {definition.Per})"),
    };

    public bool Applies(string principal, TargetKind kind, string target, string server) =>
        (_principals.Count == 0 || _principals.IsMatch(principal)) && _scope.Matches(kind, target, server);

    public RateLimiter LimiterFor(string principal, string target, string server)
    {
        var key = Definition.Per switch
        {
            RateLimitPartitionKind.Principal => (principal, ""),
            RateLimitPartitionKind.Tool => (target, ""),
            RateLimitPartitionKind.Server => (server, ""),
            _ => (principal, target),
        };
        return _limiters.TryGetValue(key, out var limiter) ? limiter : _limiters.GetOrAdd(key, _ => Create(Definition));
    }

    public static string SignatureOf(RateLimitDefinition d) => string.Join('|',
        d.Id, d.Per, d.Kind, d.Limit.ToString(CultureInfo.InvariantCulture), d.Period.ToString("c", CultureInfo.InvariantCulture), d.TokensPerPeriod.ToString(CultureInfo.InvariantCulture),
        string.Join(',', d.Scope.Tools), string.Join(',', d.Scope.Servers), string.Join(',', d.Principals));

    public static RateLimiter Create(RateLimitDefinition d) => d.Kind switch
    {
        RateLimitKind.TokenBucket => new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = d.Limit,
            TokensPerPeriod = d.TokensPerPeriod,
            ReplenishmentPeriod = d.Period,
            QueueLimit = 0,
            AutoReplenishment = true,
        }),
        RateLimitKind.FixedWindow => new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
        {
            PermitLimit = d.Limit,
            Window = d.Period,
            QueueLimit = 0,
            AutoReplenishment = true,
        }),
        _ => new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = d.Limit, QueueLimit = 0 }),
    };

    public void Dispose()
    {
        foreach (var limiter in _limiters.Values)
        {
            limiter.Dispose();
        }
    }
}
