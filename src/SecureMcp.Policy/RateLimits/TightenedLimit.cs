using System.Threading.RateLimiting;

namespace SecureMcp.Policy.RateLimits;

/// <summary>A temporary, tighter limit on one principal, set by incident response.</summary>
internal sealed record TightenedLimit(RateLimiter Limiter, DateTimeOffset Until, string Description);
