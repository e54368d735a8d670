using System.Net;
using SecureMcp.Gateway.Operators;
using SecureMcp.Gateway.Tests.Support;

namespace SecureMcp.Gateway.Tests.Operators;

/// <summary>Failed sign-ins per client address: the budget, the sliding window, forgiveness, the keys and the bound on the table.</summary>
public sealed class SignInAddressLimiterTests
{
    private static readonly IPAddress Attacker = IPAddress.Parse("203.0.113.7");
    private readonly ManualTime _time = new();

    private SignInAddressLimiter Limiter(int maxFailures = 3) => new(maxFailures, TimeSpan.FromMinutes(10), _time);

    [Fact]
    public void TryEnter_BudgetUsedUp_RefusedUntilTheOldestFailureAgesOut()
    {
        var limiter = Limiter();
        for (var i = 0; i < 3; i++)
        {
            limiter.TryEnter(Attacker, out _).ShouldBeTrue($"failure {i} is within the budget");
            _time.Advance(TimeSpan.FromMinutes(1));
        }

        limiter.TryEnter(Attacker, out var retryAfter).ShouldBeFalse();
        retryAfter.ShouldBe(TimeSpan.FromMinutes(7), "the first failure was 3 minutes ago in a 10-minute window");

        _time.Advance(TimeSpan.FromMinutes(7));
        limiter.TryEnter(Attacker, out _).ShouldBeTrue("the first failure has aged out");
        limiter.TryEnter(Attacker, out _).ShouldBeFalse("the sliding window still holds the other two");
    }

    [Fact]
    public void TryEnter_ConcurrentBurst_OnlyTheBudgetGetsIn()
    {
        var limiter = Limiter(maxFailures: 5);
        var admitted = 0;

        Parallel.For(0, 200, attempt =>
        {
            if (limiter.TryEnter(Attacker, out _))
            {
                Interlocked.Increment(ref admitted);
            }
        });

        admitted.ShouldBe(5, "attempts in flight count before their outcome is known");
    }

    [Fact]
    public void Forgive_Successes_NeverUseTheBudgetButEarlierFailuresStay()
    {
        var limiter = Limiter(maxFailures: 2);
        limiter.TryEnter(Attacker, out _).ShouldBeTrue();
        for (var i = 0; i < 10; i++)
        {
            limiter.TryEnter(Attacker, out _).ShouldBeTrue($"success {i} is forgiven");
            limiter.Forgive(Attacker);
        }

        limiter.TryEnter(Attacker, out _).ShouldBeTrue("one failure and the charge of this attempt");
        limiter.TryEnter(Attacker, out _).ShouldBeFalse("a success does not wipe the earlier failures");
    }

    [Fact]
    public void TryEnter_OtherAddress_NotAffected()
    {
        var limiter = Limiter(maxFailures: 1);
        limiter.TryEnter(Attacker, out _).ShouldBeTrue();

        limiter.TryEnter(Attacker, out _).ShouldBeFalse();
        limiter.TryEnter(IPAddress.Parse("203.0.113.8"), out _).ShouldBeTrue();
    }

    [Fact]
    public void KeyOf_Ipv6_CountsTheWholeSlash64Together()
    {
        var limiter = Limiter(maxFailures: 2);
        limiter.TryEnter(IPAddress.Parse("2001:db8:1:2::1"), out _).ShouldBeTrue();
        limiter.TryEnter(IPAddress.Parse("2001:db8:1:2:ffff:ffff:ffff:fffe"), out _).ShouldBeTrue();

        limiter.TryEnter(IPAddress.Parse("2001:db8:1:2::99"), out _).ShouldBeFalse("rotating addresses inside one /64 does not help");
        limiter.TryEnter(IPAddress.Parse("2001:db8:1:3::1"), out _).ShouldBeTrue("the next /64 is another client");
        SignInAddressLimiter.KeyOf(IPAddress.Parse("2001:db8:1:2::1")).ShouldBe("2001:db8:1:2::/64");
    }

    [Fact]
    public void KeyOf_Ipv4MappedIpv6_SameKeyAsIpv4()
    {
        SignInAddressLimiter.KeyOf(IPAddress.Parse("::ffff:203.0.113.7")).ShouldBe("203.0.113.7");
        SignInAddressLimiter.KeyOf(null).ShouldBe("unknown");
    }

    [Fact]
    public void TryEnter_ManyAddresses_TableStaysBounded()
    {
        var limiter = Limiter(maxFailures: 1);
        var victim = IPAddress.Parse("198.51.100.1");
        limiter.TryEnter(victim, out _).ShouldBeTrue();
        _time.Advance(TimeSpan.FromSeconds(1));

        for (var i = 0; i < SignInAddressLimiter.MaxTracked + 500; i++)
        {
            limiter.TryEnter(new IPAddress(BitConverter.GetBytes(0x0A000000 + i)), out _);
        }

        limiter.Tracked.ShouldBeLessThanOrEqualTo(SignInAddressLimiter.MaxTracked);
        limiter.TryEnter(victim, out _).ShouldBeTrue("the oldest entry makes room first");
    }

    [Fact]
    public void TryEnter_AgedOutAddresses_DroppedBeforeLiveOnes()
    {
        var limiter = Limiter(maxFailures: 1);
        for (var i = 0; i < SignInAddressLimiter.MaxTracked - 1; i++)
        {
            limiter.TryEnter(new IPAddress(BitConverter.GetBytes(0x0A000000 + i)), out _);
        }

        _time.Advance(TimeSpan.FromMinutes(11));
        limiter.TryEnter(Attacker, out _).ShouldBeTrue();
        limiter.TryEnter(IPAddress.Parse("198.51.100.1"), out _).ShouldBeTrue();

        limiter.Tracked.ShouldBe(2, "every aged-out address went in one sweep");
        limiter.TryEnter(Attacker, out _).ShouldBeFalse("a live entry is kept");
    }
}
