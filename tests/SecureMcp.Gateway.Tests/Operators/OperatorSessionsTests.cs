using SecureMcp.Core.Identity;
using SecureMcp.Gateway.Operators;
using SecureMcp.Gateway.Tests.Support;
using SecureMcp.Storage.Identity;

namespace SecureMcp.Gateway.Tests.Operators;

/// <summary>Session tokens in a temporary SQLite file: lifetime, revocation, the bound, and sharing through the file.</summary>
public sealed class OperatorSessionsTests : IDisposable
{
    private static readonly Principal Alice = new("alice", "operator", ["operator", "auditor"])
    {
        Attributes = new Dictionary<string, string> { ["mfa"] = "recovery-code" },
    };

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("smgw-sessions-");
    private readonly ManualTime _time = new();

    private OperatorSessions Sessions(int capacity = 10) =>
        new(new SqliteOperatorSessionStore(Path.Combine(_dir.FullName, "operators.db")), capacity, TimeSpan.FromMinutes(15), _time);

    [Fact]
    public void Create_NewSession_TokenIsRandomAndFindsThePrincipal()
    {
        var sessions = Sessions();

        var (token, session) = sessions.Create(Alice);
        var (other, _) = sessions.Create(Alice);

        token.ShouldStartWith(OperatorSessions.TokenPrefix);
        token.Length.ShouldBeGreaterThan(40);
        other.ShouldNotBe(token);
        session.ExpiresAt.ShouldBe(_time.GetUtcNow() + TimeSpan.FromMinutes(15));
        var found = sessions.Find(token);
        found.Failure.ShouldBeNull();
        found.Session.ShouldNotBeNull().Id.ShouldBe(session.Id);
        found.Session.ExpiresAt.ShouldBe(session.ExpiresAt);
        found.Session.Principal.Id.ShouldBe("alice");
        found.Session.Principal.Scheme.ShouldBe("operator");
        found.Session.Principal.Roles.ShouldBe(["operator", "auditor"]);
        found.Session.Principal.Attributes["mfa"].ShouldBe("recovery-code");
    }

    [Fact]
    public void Find_AfterTheLifetime_RefusedAsExpiredThenUnknown()
    {
        var sessions = Sessions();
        var (token, session) = sessions.Create(Alice);

        _time.Advance(TimeSpan.FromMinutes(15));
        var expired = sessions.Find(token);
        var again = sessions.Find(token);

        expired.Session.ShouldNotBeNull("the expired session names its principal for the audit").Id.ShouldBe(session.Id);
        expired.Failure.ShouldBe(OperatorSessions.Expired);
        again.Session.ShouldBeNull();
        again.Failure.ShouldBe(OperatorSessions.Unknown);
    }

    [Fact]
    public void Find_OneSecondBeforeExpiry_StillAccepted()
    {
        var sessions = Sessions();
        var (token, _) = sessions.Create(Alice);

        _time.Advance(TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(1));

        sessions.Find(token).Failure.ShouldBeNull();
    }

    [Fact]
    public void Revoke_LiveSession_NextFindIsUnknown()
    {
        var sessions = Sessions();
        var (token, session) = sessions.Create(Alice);

        sessions.Revoke(token).ShouldNotBeNull().Id.ShouldBe(session.Id);

        sessions.Find(token).Failure.ShouldBe(OperatorSessions.Unknown);
        sessions.Revoke(token).ShouldBeNull();
    }

    [Fact]
    public void Find_TokenNeverIssued_Unknown()
    {
        var sessions = Sessions();

        sessions.Find(OperatorSessions.TokenPrefix + "forged").Failure.ShouldBe(OperatorSessions.Unknown);
    }

    [Fact]
    public void Create_TableFull_DropsExpiredFirstThenTheOldest()
    {
        var sessions = Sessions(2);
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

    [Fact]
    public void Find_AfterARestart_TheSessionStillHolds()
    {
        var (token, _) = Sessions().Create(Alice);

        var restarted = Sessions();

        restarted.Find(token).Failure.ShouldBeNull();
        restarted.Find(token).Session!.Principal.Roles.ShouldBe(["operator", "auditor"]);
    }

    [Fact]
    public void Revoke_AtOneGateway_RefusedAtAnotherOnTheSameFile()
    {
        var first = Sessions();
        var second = Sessions();
        var (token, _) = first.Create(Alice);
        second.Find(token).Failure.ShouldBeNull();

        first.Revoke(token);

        second.Find(token).Failure.ShouldBe(OperatorSessions.Unknown);
    }

    [Fact]
    public void Store_HoldsTheTokensHashOnly()
    {
        var (token, _) = Sessions().Create(Alice);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var bytes = File.ReadAllBytes(Path.Combine(_dir.FullName, "operators.db"))
            .Concat(File.Exists(Path.Combine(_dir.FullName, "operators.db-wal")) ? File.ReadAllBytes(Path.Combine(_dir.FullName, "operators.db-wal")) : []).ToArray();

        System.Text.Encoding.ASCII.GetString(bytes).ShouldNotContain(token[OperatorSessions.TokenPrefix.Length..]);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            _dir.Delete(recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
