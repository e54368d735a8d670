using SecureMcp.Core.Inspection;
using SecureMcp.Inspection.Pinning;
using SecureMcp.Inspection.Tests.Support;
using SecureMcp.Storage.Pins;

namespace SecureMcp.Inspection.Tests.Pinning;

public sealed class SqliteToolPinStoreTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"pins-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task SaveAndGet_RoundTripsEveryField()
    {
        var store = new SqliteToolPinStore(_path);
        var pin = new ToolPin("s", "t", PinState.Changed, "ah", "{\"a\":1}", "oh", "{\"o\":2}", "alice",
            new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), new DateTimeOffset(2026, 1, 3, 0, 0, 0, TimeSpan.Zero), "note");
        await store.SaveAsync(pin);
        (await store.GetAsync("s", "t")).ShouldBe(pin);
        (await store.GetAsync("s", "missing")).ShouldBeNull();
    }

    [Fact]
    public async Task Registry_PinsSurviveReopen_AndRugPullIsDetectedAfterRestart()
    {
        var first = new ToolPinRegistry(new SqliteToolPinStore(_path));
        await first.ObserveAsync("s", Tools.Make("add", "v1"));
        var second = new ToolPinRegistry(new SqliteToolPinStore(_path));
        (await second.ObserveAsync("s", Tools.Make("add", "v2"))).State.ShouldBe(PinState.Changed);
        (await second.ListAsync("s")).Single().ApprovedBy.ShouldBe("tofu");
    }

    [Fact]
    public async Task Delete_RemovesPin()
    {
        var store = new SqliteToolPinStore(_path);
        await store.SaveAsync(new ToolPin("s", "t", PinState.Pending, null, null, "h", "{}", null, null, DateTimeOffset.UnixEpoch, null));
        (await store.DeleteAsync("s", "t")).ShouldBeTrue();
        (await store.ListAsync()).ShouldBeEmpty();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
