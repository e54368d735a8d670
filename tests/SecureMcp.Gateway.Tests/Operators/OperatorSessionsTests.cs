using SecureMcp.Core.Identity;
using SecureMcp.Gateway.Operators;
using SecureMcp.Gateway.Tests.Support;

namespace SecureMcp.Gateway.Tests.Operators;

public sealed class OperatorSessionsTests
{
    private static readonly Principal Alice = new("alice", "operator", ["operator"]);
    private readonly ManualTime _time = new();

    [Fact]
    public void Create_NewSession_TokenIsRandomAndFindsThePrincipal()
    {
        var sessions = new OperatorSessions(10, TimeSpan.FromMinutes(15), _time);

        var (token, session) = sessions.Create(Alice);
        var (other, _) = sessions.Create(Alice);

        token.ShouldStartWith(OperatorSessions.TokenPrefix);
        token.Length.ShouldBeGreaterThan(40);
        other.ShouldNotBe(token);
        session.ExpiresAt.ShouldBe(_time.GetUtcNow() + TimeSpan.FromMinutes(15));
        var found = sessions.Find(token);
        found.Session.ShouldBe(session);
        found.Failure.ShouldBeNull();
    }

    [Fact]
    public void Find_AfterTheLifetime_RefusedAsExpiredThenUnknown()
    {
        var sessions = new OperatorSessions(10, TimeSpan.FromMinutes(15), _time);
        var (token, session) = sessions.Create(Alice);

        _time.Advance(TimeSpan.FromMinutes(15));
        var expired = sessions.Find(token);
        var again = sessions.Find(token);

        expired.Session.ShouldBe(session, "the expired session names its principal for the audit");
        expired.Failure.ShouldBe(OperatorSessions.Expired);
        again.Session.ShouldBeNull();
        again.Failure.ShouldBe(OperatorSessions.Unknown);
    }

    [Fact]
    public void Find_OneSecondBeforeExpiry_StillAccepted()
    {
        var sessions = new OperatorSessions(10, TimeSpan.FromMinutes(15), _time);
        var (token, _) = sessions.Create(Alice);

        _time.Advance(TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(1));

        sessions.Find(token).Failure.ShouldBeNull();
    }

    [Fact]
    public void Revoke_LiveSession_NextFindIsUnknown()
    {
        var sessions = new OperatorSessions(10, TimeSpan.FromMinutes(15), _time);
        var (token, session) = sessions.Create(Alice);

        sessions.Revoke(token).ShouldBe(session);

        sessions.Find(token).Failure.ShouldBe(OperatorSessions.Unknown);
        sessions.Revoke(token).ShouldBeNull();
    }

    [Fact]
    public void Find_TokenNeverIssued_Unknown()
    {
        var sessions = new OperatorSessions(10, TimeSpan.FromMinutes(15), _time);

        sessions.Find(OperatorSessions.TokenPrefix + "forged").Failure.ShouldBe(OperatorSessions.Unknown);
    }

    [Fact]
    public void Create_TableFull_DropsExpiredFirstThenTheOldest()
    {
        var sessions = new OperatorSessions(2, TimeSpan.FromMinutes(15), _time);
        var (first, _) = sessions.Create(Alice);
        _time.Advance(TimeSpan.FromMinutes(1));
        var (second, _) = sessions.Create(Alice);
        _time.Advance(TimeSpan.FromMinutes(1));

        var (third, _) = sessions.Create(Alice);

        sessions.Count.ShouldBe(2);
        sessions.Find(first).Failure.ShouldBe(OperatorSessions.Unknown);
        sessions.Find(second).Failure.ShouldBeNull();
        sessions.Find(third).Failure.ShouldBeNull();
    }
}
