using System.Net;
using SecureMcp.Agents.Hosting;

namespace SecureMcp.Agents.Tests.Messaging;

public sealed class AgentOptionsPeerTests : IAsyncLifetime
{
    private readonly MessagingCa _ca = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _ca.DisposeAsync();

    private AgentOptions Options(string id = "agent-a", string certificateFor = "agent-a", string listen = "127.0.0.1:0") => new()
    {
        Id = id,
        GatewayUrl = new Uri("http://127.0.0.1:1/mcp"),
        ApiKey = "k",
        Certificate = _ca.IssueAgent(certificateFor),
        PeerListen = IPEndPoint.Parse(listen),
        CaDirectory = "ca",
        AuditPath = "agent.db",
    };

    [Fact]
    public void Validate_CompletePeerSettings_Passes() => Should.NotThrow(() => Options().Validate());

    [Fact]
    public void Validate_NonLoopbackListen_Refused() =>
        Should.Throw<ArgumentException>(() => Options(listen: "0.0.0.0:0").Validate()).Message.ShouldContain("loopback");

    [Fact]
    public void Validate_CertificateOfAnotherAgent_Refused() =>
        Should.Throw<ArgumentException>(() => Options(certificateFor: "agent-b").Validate()).Message.ShouldBe("agent.cert is issued to 'agent-b', not to agent 'agent-a'");

    [Fact]
    public void Validate_NoAuditChain_Refused() =>
        Should.Throw<ArgumentException>(() => (Options() with { AuditPath = null }).Validate()).Message.ShouldContain("agent.audit is required");

    [Fact]
    public void Validate_NoCaDirectory_Refused() =>
        Should.Throw<ArgumentException>(() => (Options() with { CaDirectory = " " }).Validate()).Message.ShouldContain("agent.caDir is required");
}
