using System.Net;
using System.Net.Sockets;

namespace SecureMcp.Gateway.Operators;

/// <summary>
/// Counts failed operator sign-ins per client address in a sliding window and refuses an address that has used up its
/// budget, before any password is checked.
/// </summary>
/// <remarks>
/// <para>Account lockout stops guessing at one account. It does not stop one client trying one password against many
/// accounts (password spraying), and every guess costs the gateway a slow password hash. This limit answers both.</para>
/// <para>Each attempt is charged as a failure when it is let in (<see cref="TryEnter"/>) and the charge is taken back
/// when it succeeds or is not checked (<see cref="Forgive"/>). So a burst of concurrent attempts cannot all slip in
/// before the first failure is counted. An operator who signs in is never slowed down, and a success does not reset
/// the earlier failures (a caller holding one working account cannot use it to keep spraying others).</para>
/// <para>IPv4 addresses (IPv4-mapped IPv6 included) are keyed as they are; IPv6 addresses by their /64 prefix, since one
/// host is commonly given a whole /64. At most <see cref="MaxTracked"/> keys are held: when the table is full, keys
/// whose failures have all aged out go first, then the keys whose newest failure is oldest.</para>
/// <para>Behind a reverse proxy every request comes from the proxy's address; the gateway does not trust
/// <c>X-Forwarded-For</c>, so there the limit applies to all clients together.</para>
/// </remarks>
internal sealed class SignInAddressLimiter
{
    /// <summary>Most addresses tracked at once.</summary>
    public const int MaxTracked = 10_000;

    private readonly int _maxFailures;
    private readonly TimeSpan _window;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, List<DateTimeOffset>> _charges = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public SignInAddressLimiter(int maxFailures, TimeSpan window, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFailures, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        _maxFailures = maxFailures;
        _window = window;
        _time = time;
    }

    /// <summary>Addresses with failures in the table, aged out or not.</summary>
    public int Tracked
    {
        get
        {
            lock (_lock)
            {
                return _charges.Count;
            }
        }
    }

    /// <summary>The key an address is counted under: an IPv4 address, or the /64 prefix of an IPv6 one.</summary>
    public static string KeyOf(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    /// <summary>
    /// Lets an attempt from <paramref name="address"/> in and charges it as a failure, or refuses it with the time until
    /// the oldest counted failure ages out.
    /// </summary>
    public bool TryEnter(IPAddress? address, out TimeSpan retryAfter)
    {
        var now = _time.GetUtcNow();
        var key = KeyOf(address);
        lock (_lock)
        {
            retryAfter = TimeSpan.Zero;
            if (!_charges.TryGetValue(key, out var charges))
            {
                if (_charges.Count >= MaxTracked)
                {
                    MakeRoom(now);
                }

                charges = [];
                _charges[key] = charges;
            }

            Prune(charges, now);
            if (charges.Count >= _maxFailures)
            {
                retryAfter = charges[0] + _window - now;
                return false;
            }

            charges.Add(now);
            return true;
        }
    }

    /// <summary>Takes back the charge of an attempt that succeeded or was not checked.</summary>
    public void Forgive(IPAddress? address)
    {
        lock (_lock)
        {
            if (_charges.TryGetValue(KeyOf(address), out var charges) && charges.Count > 0)
            {
                // The newest charge goes, so the older failures keep their place in the window.
                charges.RemoveAt(charges.Count - 1);
            }
        }
    }

    private void Prune(List<DateTimeOffset> charges, DateTimeOffset now)
    {
        var aged = 0;
        while (aged < charges.Count && charges[aged] + _window <= now)
        {
            aged++;
        }

        charges.RemoveRange(0, aged);
    }

    private void MakeRoom(DateTimeOffset now)
    {
        foreach (var (key, charges) in _charges)
        {
            Prune(charges, now);
            if (charges.Count == 0)
            {
                _charges.Remove(key);
            }
        }

        // Still full of live entries: drop the tenth whose newest failure is oldest, so one sweep buys room for many.
        if (_charges.Count >= MaxTracked)
        {
            foreach (var key in _charges.OrderBy(f => f.Value[^1]).Take(MaxTracked / 10).Select(f => f.Key).ToList())
            {
                _charges.Remove(key);
            }
        }
    }
}
