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
/// <para>Only failures count: an operator who signs in is never slowed down, and a success does not reset the count (so a
/// caller holding one working account cannot use it to keep spraying others).</para>
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
    private readonly Dictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);
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
                return _failures.Count;
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
    /// True when <paramref name="address"/> may try to sign in; otherwise false, with the time until its oldest counted
    /// failure ages out.
    /// </summary>
    public bool TryEnter(IPAddress? address, out TimeSpan retryAfter)
    {
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            retryAfter = TimeSpan.Zero;
            if (!_failures.TryGetValue(KeyOf(address), out var failures))
            {
                return true;
            }

            Prune(failures, now);
            if (failures.Count < _maxFailures)
            {
                return true;
            }

            retryAfter = failures.Peek() + _window - now;
            return false;
        }
    }

    /// <summary>Counts one failed sign-in from <paramref name="address"/>.</summary>
    public void RecordFailure(IPAddress? address)
    {
        var now = _time.GetUtcNow();
        var key = KeyOf(address);
        lock (_lock)
        {
            if (!_failures.TryGetValue(key, out var failures))
            {
                if (_failures.Count >= MaxTracked)
                {
                    MakeRoom(now);
                }

                failures = new Queue<DateTimeOffset>();
                _failures[key] = failures;
            }

            Prune(failures, now);
            failures.Enqueue(now);
            while (failures.Count > _maxFailures)
            {
                failures.Dequeue();
            }
        }
    }

    private void Prune(Queue<DateTimeOffset> failures, DateTimeOffset now)
    {
        while (failures.Count > 0 && failures.Peek() + _window <= now)
        {
            failures.Dequeue();
        }
    }

    private void MakeRoom(DateTimeOffset now)
    {
        foreach (var (key, failures) in _failures)
        {
            Prune(failures, now);
            if (failures.Count == 0)
            {
                _failures.Remove(key);
            }
        }

        // Still full of live entries: drop the tenth whose newest failure is oldest, so one sweep buys room for many.
        if (_failures.Count >= MaxTracked)
        {
            foreach (var key in _failures.OrderBy(f => f.Value.Last()).Take(MaxTracked / 10).Select(f => f.Key).ToList())
            {
                _failures.Remove(key);
            }
        }
    }
}
