using SecureMcp.Storage.Identity;

namespace SecureMcp.Storage.Tests;

public sealed class SqliteOperatorStoreTests
{
    private static readonly DateTimeOffset Created = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static SqliteOperatorStore NewStore() =>
        new(Path.Combine(Directory.CreateTempSubdirectory("operators-").FullName, "operators.db"));

    private static OperatorRecord Record(string username) =>
        new(username, "pbkdf2-sha256$1000$c2FsdA==$aGFzaA==", [1, 2, 3], "operator", -1, 0, null, Created);

    [Fact]
    public void List_SeveralAccounts_OrderedByUsername()
    {
        var store = NewStore();
        store.Create(Record("carol"), ["h1"]);
        store.Create(Record("alice"), ["h2"]);

        var list = store.List();

        list.Select(r => r.Username).ShouldBe(["alice", "carol"]);
        list[0].ProtectedTotpSecret.ShouldBe(new byte[] { 1, 2, 3 });
        list[0].CreatedAt.ShouldBe(Created);
    }

    [Fact]
    public void Unlock_LockedAccount_ClearsLockoutAndFailures()
    {
        var store = NewStore();
        store.Create(Record("alice"), []);
        store.RecordFailure("alice", maxFailures: 5, Created.AddMinutes(15));
        store.RecordFailure("alice", maxFailures: 2, Created.AddMinutes(15)).ShouldBeTrue();
        store.RecordFailure("alice", maxFailures: 5, Created.AddMinutes(15));

        store.Unlock("alice").ShouldBeTrue();

        var record = store.Get("alice")!;
        record.LockedUntil.ShouldBeNull();
        record.FailedAttempts.ShouldBe(0);
    }

    [Fact]
    public void Unlock_UnknownAccount_ReturnsFalse()
    {
        NewStore().Unlock("nobody").ShouldBeFalse();
    }
}
