using SecureMcp.IntegrationTests.Support;

namespace SecureMcp.IntegrationTests;

/// <summary>One gateway over the real tool server (a stdio child process), shared by the tests of a collection.</summary>
public sealed class GatewayFixture : IAsyncLifetime
{
    internal GatewayHarness Harness { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var sandbox = Directory.CreateTempSubdirectory("securemcp-sandbox-").FullName;
        Harness = await GatewayHarness.StartAsync(GatewayHarness.ToolServerUpstream("toolserver", sandbox), "maxArgumentBytes: 65536\nhttp:\n  maxRequestBodyBytes: 131072");
    }

    public async Task DisposeAsync() => await Harness.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class GatewayCollection : ICollectionFixture<GatewayFixture>
{
    public const string Name = "gateway over tool server";
}
