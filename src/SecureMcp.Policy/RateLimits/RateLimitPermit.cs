using System.Threading.RateLimiting;

namespace SecureMcp.Policy.RateLimits;

/// <summary>The leases a call holds while it runs; disposing returns concurrency permits.</summary>
internal sealed class RateLimitPermit(List<RateLimitLease> leases) : IDisposable
{
    public static readonly RateLimitPermit None = new([]);

    public void Dispose()
    {
        foreach (var lease in leases)
        {
            lease.Dispose();
        }

        leases.Clear();
    }
}
