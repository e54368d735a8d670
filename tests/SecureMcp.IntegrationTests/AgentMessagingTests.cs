using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;
using SecureMcp.Agents.Messaging;
using SecureMcp.Identity.Channel;
using SecureMcp.Identity.Events;
using SecureMcp.Identity.Mtls;
using SecureMcp.IntegrationTests.Support;

namespace SecureMcp.IntegrationTests;

/// <summary>
/// Real agent processes share context directly over the secure channel; attacks from raw TCP clients and from an on-path
/// relay are refused, each refusal lands in the victim's own audit chain, and the victim keeps serving honest peers.
/// </summary>
public sealed class AgentMessagingTests(AgentMessagingFixture fixture) : IClassFixture<AgentMessagingFixture>
{
    private MessagingAgent A => fixture.Agents["agent-a"];

    private MessagingAgent B => fixture.Agents["agent-b"];

    private MessagingAgent C => fixture.Agents["agent-c"];

    [Fact]
    public async Task ShareContext_AToB_BReadsIt_CHoldsAForwardedCopyButCannotOpenIt()
    {
        var shared = await ShareAsync("task-9/findings", "churn is 4.2%", B.Id, B.Endpoint.ToString());
        shared.IsError.ShouldNotBe(true, Text(shared));
        var id = shared.StructuredContent!.Value.GetProperty("id").GetString()!;

        var read = await B.Client.CallToolAsync(ReadContextTool.Name, new Dictionary<string, object?> { ["id"] = id });
        var forwarded = await B.Client.CallToolAsync(ForwardContextTool.Name, new Dictionary<string, object?>
        {
            ["id"] = id,
            ["to"] = new JsonObject { ["agent"] = C.Id, ["endpoint"] = C.Endpoint.ToString() },
        });
        var stolen = await C.Client.CallToolAsync(ReadContextTool.Name, new Dictionary<string, object?> { ["id"] = id });

        read.StructuredContent!.Value.GetProperty("content").GetString().ShouldBe("churn is 4.2%");
        forwarded.IsError.ShouldNotBe(true, Text(forwarded));
        stolen.IsError.ShouldBe(true);
        Text(stolen).ShouldBe("not a recipient");
        var denied = await AgentAudit.WaitForAsync(C.AuditPath, r => r.Action == IdentityEventKinds.ContextDenied && r.Target == "context:" + id);
        denied.Principal.ShouldBe(C.Id);
        denied.Reason.ShouldBe("context-store: not a recipient");
        (await AgentAudit.WaitForAsync(A.AuditPath, r => r.Action == IdentityEventKinds.ContextShared && r.Target == "context:" + id)).Principal.ShouldBe(A.Id);
        (await AgentAudit.WaitForAsync(B.AuditPath, r => r.Action == MessagingEventKinds.ContextReceived && r.Target == "context:" + id)).Principal.ShouldBe(A.Id);
        (await AgentAudit.WaitForAsync(B.AuditPath, r => r.Action == IdentityEventKinds.ContextOpened && r.Target == "context:" + id)).Principal.ShouldBe(B.Id);
    }

    [Fact]
    public async Task EveryAgent_AnnouncesTheEndpointOfPeerInfoOnStderr()
    {
        foreach (var agent in new[] { A, B, C })
        {
            var line = $"securemcp-agent peer-endpoint {agent.Id} {agent.Endpoint}";
            // stderr and stdout are separate pipes, so the line may be read a little after the MCP handshake.
            for (var i = 0; i < 50 && !agent.Stderr.Contains(line); i++)
            {
                await Task.Delay(100);
            }

            agent.Stderr.ShouldContain(line);
        }
    }

    [Fact]
    public async Task ForeignCaCertificate_WithOurAgentsName_IsRefusedInTheHandshake_AndAudited()
    {
        using var impostor = X509Certificate2.CreateFromPemFile(Path.Combine(fixture.ForeignCreds, "agent-a.crt"), Path.Combine(fixture.ForeignCreds, "agent-a.key"));
        using var mallory = await RawClientAsync(B);
        using var initiator = new ChannelInitiator(new ChannelCredentials(impostor,
            CertificateValidator.ForDirectory(fixture.ForeignCaDir, NullSecurityEventSink.Instance, TimeProvider.System),
            new SecureChannelOptions(), NullSecurityEventSink.Instance, TimeProvider.System), expectedPeer: null);

        await WriteFrameAsync(mallory, initiator.CreateHello());

        (await ReadToEndAsync(mallory)).ShouldBe(0, "the victim must hang up without a ServerHello");
        var refused = await AgentAudit.WaitForAsync(B.AuditPath, r => r.Action == IdentityEventKinds.HandshakeFailed && r.Principal == "unverified:agent-a");
        refused.Kind.ShouldBe("security");
        refused.Reason!.ShouldContain(ChannelFailures.HandshakeCertificate + ": " + CertificateFailures.ForeignIssuer);
        await VictimStillServesAsync();
    }

    [Fact]
    public async Task ReplayedRecord_InjectedOnPath_IsRefusedAsReplay_AndAudited()
    {
        await using var relay = new FrameTamperingProxy(B.Endpoint, (index, frame) => index == 2 ? [frame, frame] : [frame]);

        await ShareAsync("replayed", "pay 10", B.Id, relay.Endpoint.ToString());

        var replay = await AgentAudit.WaitForAsync(B.AuditPath, r => r.Action == IdentityEventKinds.ChannelReplay);
        replay.Principal.ShouldBe(A.Id);
        replay.Reason.ShouldStartWith("secure-channel: " + ChannelFailures.Replayed);
        await VictimStillServesAsync();
    }

    [Fact]
    public async Task BitFlippedRecord_OnPath_IsRefusedAsTampered_TheSenderSeesTheDeliveryFail_AndBothAreAudited()
    {
        await using var relay = new FrameTamperingProxy(B.Endpoint, (index, frame) =>
        {
            if (index == 2)
            {
                frame[SecureChannel.HeaderSize + 10] ^= 0x01;
            }

            return [frame];
        });

        var shared = await ShareAsync("tampered", "pay 10", B.Id, relay.Endpoint.ToString());

        shared.IsError.ShouldBe(true);
        shared.StructuredContent!.Value.GetProperty("deliveries")[0].GetProperty("delivered").GetBoolean().ShouldBeFalse();
        var tampered = await AgentAudit.WaitForAsync(B.AuditPath, r => r.Action == IdentityEventKinds.ChannelTampered);
        tampered.Principal.ShouldBe(A.Id);
        tampered.Reason.ShouldStartWith("secure-channel: " + ChannelFailures.Tampered);
        (await AgentAudit.WaitForAsync(A.AuditPath, r => r.Action == MessagingEventKinds.ContextDeliveryFailed)).Principal.ShouldBe(A.Id);
        await VictimStillServesAsync();
    }

    [Fact]
    public async Task OversizedFrame_IsRefusedWithoutReadingIt_AndAudited()
    {
        using var mallory = await RawClientAsync(B);

        await mallory.GetStream().WriteAsync(new byte[] { 0x7F, 0xFF, 0xFF, 0xFF, 0x00 });

        (await ReadToEndAsync(mallory)).ShouldBe(0);
        var oversized = await AgentAudit.WaitForAsync(B.AuditPath, r => r.Action == MessagingEventKinds.FrameOversized);
        oversized.Principal.ShouldBe("anonymous");
        oversized.Reason!.ShouldContain($"frame of {int.MaxValue} bytes exceeds the limit of {PeerMessagingOptions.MaxHandshakeFrameBytes} bytes");
        await VictimStillServesAsync();
    }

    [Fact]
    public async Task AgentAuditChains_VerifyWithTheAuditCommand()
    {
        await ShareAsync("for-the-record", "x", B.Id, B.Endpoint.ToString());

        foreach (var agent in new[] { A, B })
        {
            var (exit, stdout, stderr) = await ProcessRunner.RunAsync("dotnet", [CliPaths.Dll, "audit", "verify", "--db", agent.AuditPath], TimeSpan.FromSeconds(60));
            exit.ShouldBe(0, stdout + stderr);
            stdout.ShouldContain("audit chain intact");
        }
    }

    private Task<CallToolResult> ShareAsync(string name, string content, string agent, string endpoint) =>
        A.Client.CallToolAsync(ShareContextTool.Name, new Dictionary<string, object?>
        {
            ["name"] = name,
            ["content"] = content,
            ["to"] = new JsonArray(new JsonObject { ["agent"] = agent, ["endpoint"] = endpoint }),
        }).AsTask();

    private async Task VictimStillServesAsync()
    {
        var shared = await ShareAsync("after-the-attack", "still here", B.Id, B.Endpoint.ToString());
        shared.IsError.ShouldNotBe(true, Text(shared));
        var id = shared.StructuredContent!.Value.GetProperty("id").GetString()!;
        var read = await B.Client.CallToolAsync(ReadContextTool.Name, new Dictionary<string, object?> { ["id"] = id });
        read.StructuredContent!.Value.GetProperty("content").GetString().ShouldBe("still here");
    }

    private static async Task<TcpClient> RawClientAsync(MessagingAgent victim)
    {
        var client = new TcpClient();
        await client.ConnectAsync(victim.Endpoint);
        return client;
    }

    private static async Task WriteFrameAsync(TcpClient client, byte[] payload)
    {
        var length = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, payload.Length);
        await client.GetStream().WriteAsync(length);
        await client.GetStream().WriteAsync(payload);
    }

    /// <summary>Bytes the victim sends before it closes the connection (0 = it hung up without a word).</summary>
    private static async Task<int> ReadToEndAsync(TcpClient client)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var total = 0;
        var buffer = new byte[4096];
        try
        {
            int read;
            while ((read = await client.GetStream().ReadAsync(buffer, timeout.Token)) > 0)
            {
                total += read;
            }
        }
        catch (IOException)
        {
            // reset by the victim: also a hang-up
        }

        return total;
    }

    private static string Text(CallToolResult result) => string.Join("", result.Content.OfType<TextContentBlock>().Select(c => c.Text));
}
