using System.Net;
using SecureMcp.Agents.Messaging;
using SecureMcp.Identity.Channel;
using SecureMcp.Identity.Context;
using SecureMcp.Identity.Events;

namespace SecureMcp.Agents.Tests.Messaging;

/// <summary>Agents in this process, talking over real loopback sockets through the secure channel.</summary>
public sealed class PeerMessagingTests : IAsyncLifetime
{
    private readonly MessagingCa _ca = new();
    private PeerMessaging _a = null!;
    private PeerMessaging _b = null!;
    private PeerMessaging _c = null!;

    public Task InitializeAsync()
    {
        _a = _ca.Start("agent-a");
        _b = _ca.Start("agent-b");
        _c = _ca.Start("agent-c");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _ca.DisposeAsync();

    [Fact]
    public async Task Share_ToTwoAgents_EachOpensIt_AndEveryStepIsAuditedOnItsOwnTrail()
    {
        var outcome = await _a.Messenger.ShareAsync("task-7/findings", "revenue grew 12%", [MessagingCa.Address(_b), MessagingCa.Address(_c)], default);

        outcome.Deliveries.ShouldAllBe(d => d.Delivered);
        outcome.Recipients.ShouldBe(["agent-b", "agent-c"]);
        _b.Messenger.Open(outcome.Id).Content.ShouldBe("revenue grew 12%");
        _c.Messenger.ReadAll().Items.ShouldHaveSingleItem().ReceivedFrom.ShouldBe("agent-a");
        _ca.Sinks["agent-a"].OfKind(IdentityEventKinds.ContextShared).ShouldHaveSingleItem().Principal.ShouldBe("agent-a");
        _ca.Sinks["agent-a"].OfKind(MessagingEventKinds.ContextDelivered).Count.ShouldBe(2);
        _ca.Sinks["agent-b"].OfKind(MessagingEventKinds.ContextReceived).ShouldHaveSingleItem().Principal.ShouldBe("agent-a");
        _ca.Sinks["agent-b"].OfKind(IdentityEventKinds.ContextOpened).ShouldHaveSingleItem().Principal.ShouldBe("agent-b");
    }

    [Fact]
    public async Task Forward_ToANonRecipient_ItHoldsTheItemButCannotOpenIt()
    {
        var outcome = await _a.Messenger.ShareAsync("plan", "step 1: secret", [MessagingCa.Address(_b)], default);

        var forwarded = await _b.Messenger.ForwardAsync(outcome.Id, MessagingCa.Address(_c), default);

        forwarded.Delivered.ShouldBeTrue(forwarded.Error);
        Should.Throw<ContextAccessDeniedException>(() => _c.Messenger.Open(outcome.Id)).Message.ShouldBe("not a recipient");
        var denied = _ca.Sinks["agent-c"].OfKind(IdentityEventKinds.ContextDenied).ShouldHaveSingleItem();
        denied.Principal.ShouldBe("agent-c");
        denied.Target.ShouldBe("context:" + outcome.Id);
        _c.Messenger.ReadAll().Unread.ShouldHaveSingleItem().Reason.ShouldBe("not addressed to agent-c");
    }

    [Fact]
    public async Task Share_EndpointBelongsToAnotherAgent_RefusedBeforeAnythingIsSealed()
    {
        var ex = await Should.ThrowAsync<PeerMessagingException>(() =>
            _a.Messenger.ShareAsync("plan", "x", [new PeerAddress("agent-b", _c.Endpoint)], default));

        ex.Message.ShouldContain(ChannelFailures.UnexpectedPeer);
        _ca.Sinks["agent-a"].OfKind(IdentityEventKinds.HandshakeFailed).ShouldHaveSingleItem().Evidence.ShouldBe("expected=agent-b");
        _ca.Sinks["agent-a"].OfKind(IdentityEventKinds.ContextShared).ShouldBeEmpty();
    }

    [Fact]
    public async Task Share_NobodyListens_FailsNamingTheRecipient()
    {
        var closed = new PeerAddress("agent-b", new IPEndPoint(IPAddress.Loopback, FreePort()));

        var ex = await Should.ThrowAsync<PeerMessagingException>(() => _a.Messenger.ShareAsync("plan", "x", [closed], default));

        ex.Message.ShouldStartWith($"cannot open a channel to agent-b at {closed.Endpoint}");
    }

    [Fact]
    public async Task RawClient_ReplaysARecord_RefusedAsReplay_ConnectionClosed()
    {
        using var mallory = await HandshakenAsync("agent-x");
        var record = mallory.Channel!.Seal(PeerJson.Serialize(PeerMessage.Refusal("hello")));
        await mallory.WriteFrameAsync(record);
        (await mallory.ReadFrameAsync()).ShouldNotBeNull();

        await mallory.WriteFrameAsync(record);

        (await mallory.ReadFrameAsync()).ShouldBeNull();
        var replay = await _ca.Sinks["agent-b"].WaitForAsync(IdentityEventKinds.ChannelReplay);
        replay.Principal.ShouldBe("agent-x");
        replay.Reason.ShouldBe(ChannelFailures.Replayed);
    }

    [Fact]
    public async Task RawClient_BitFlippedRecord_RefusedAsTampered()
    {
        using var mallory = await HandshakenAsync("agent-x");
        var record = mallory.Channel!.Seal(PeerJson.Serialize(PeerMessage.Ack("x")));
        record[SecureChannel.HeaderSize + 3] ^= 0x20;

        await mallory.WriteFrameAsync(record);

        (await mallory.ReadFrameAsync()).ShouldBeNull();
        (await _ca.Sinks["agent-b"].WaitForAsync(IdentityEventKinds.ChannelTampered)).Reason.ShouldBe(ChannelFailures.Tampered);
    }

    [Fact]
    public async Task RawClient_AuthenticRecordThatIsNotAMessage_RefusedWithAnErrorReply()
    {
        using var mallory = await HandshakenAsync("agent-x");

        await mallory.WriteFrameAsync(mallory.Channel!.Seal("not json"u8));

        var reply = PeerJson.TryParse(mallory.Channel.Open((await mallory.ReadFrameAsync())!));
        reply!.Type.ShouldBe(PeerMessage.ErrorType);
        (await _ca.Sinks["agent-b"].WaitForAsync(MessagingEventKinds.MessageMalformed)).Principal.ShouldBe("agent-x");
    }

    [Fact]
    public async Task RawClient_OversizedFrameBeforeHandshake_RefusedReported_AndOtherPeersAreStillServed()
    {
        using (var mallory = await RawPeer.ConnectAsync(_b.Endpoint))
        {
            await mallory.Stream.WriteAsync(new byte[] { 0x7F, 0xFF, 0xFF, 0xFF });
            (await mallory.ReadFrameAsync()).ShouldBeNull();
        }

        var oversized = await _ca.Sinks["agent-b"].WaitForAsync(MessagingEventKinds.FrameOversized);
        oversized.Principal.ShouldBeNull();
        oversized.Evidence!.ShouldContain("stage=handshake");
        oversized.Reason.ShouldBe($"frame of {int.MaxValue} bytes exceeds the limit of {PeerMessagingOptions.MaxHandshakeFrameBytes} bytes");
        var outcome = await _a.Messenger.ShareAsync("after", "still works", [MessagingCa.Address(_b)], default);
        _b.Messenger.Open(outcome.Id).Content.ShouldBe("still works");
    }

    [Fact]
    public async Task RawClient_OversizedFrameAfterHandshake_ReportedAgainstTheAuthenticatedPeer()
    {
        using var mallory = await HandshakenAsync("agent-x");

        await mallory.Stream.WriteAsync(new byte[] { 0x01, 0x00, 0x00, 0x01 });

        (await mallory.ReadFrameAsync()).ShouldBeNull();
        var oversized = await _ca.Sinks["agent-b"].WaitForAsync(MessagingEventKinds.FrameOversized);
        oversized.Principal.ShouldBe("agent-x");
        oversized.Evidence!.ShouldContain("stage=record");
    }

    [Fact]
    public async Task RawClient_CertificateOfAForeignCa_RefusedInTheHandshake()
    {
        await using var foreign = new MessagingCa();
        using var impostor = foreign.IssueAgent("agent-a");
        using var mallory = await RawPeer.ConnectAsync(_b.Endpoint);

        (await mallory.HandshakeAsync(impostor, foreign.Validator(new RecordingSink()), new RecordingSink())).ShouldBeFalse();

        var failed = await _ca.Sinks["agent-b"].WaitForAsync(IdentityEventKinds.HandshakeFailed);
        failed.Principal.ShouldBe("unverified:agent-a");
        failed.Reason.ShouldStartWith(ChannelFailures.HandshakeCertificate);
        failed.Reason.ShouldContain("not issued by");
    }

    [Fact]
    public async Task Handshake_PeerSaysNothing_TimesOutAndIsReported()
    {
        var quick = _ca.Start("agent-q", new PeerMessagingOptions { Listen = new IPEndPoint(IPAddress.Loopback, 0), HandshakeTimeout = TimeSpan.FromMilliseconds(200) });
        using var idle = await RawPeer.ConnectAsync(quick.Endpoint);

        (await idle.ReadFrameAsync()).ShouldBeNull();

        (await _ca.Sinks["agent-q"].WaitForAsync(IdentityEventKinds.HandshakeFailed)).Reason.ShouldStartWith("handshake did not complete within");
    }

    [Fact]
    public async Task Listener_OverTheConnectionLimit_RefusesAndReports()
    {
        var small = _ca.Start("agent-s", new PeerMessagingOptions { Listen = new IPEndPoint(IPAddress.Loopback, 0), MaxConnections = 1 });
        using var first = await RawPeer.ConnectAsync(small.Endpoint);
        await Task.Delay(100);

        using var second = await RawPeer.ConnectAsync(small.Endpoint);

        (await second.ReadFrameAsync()).ShouldBeNull();
        (await _ca.Sinks["agent-s"].WaitForAsync(MessagingEventKinds.ConnectionRefused)).Evidence!.ShouldContain("limit=1");
    }

    private async Task<RawPeer> HandshakenAsync(string id)
    {
        var sink = new RecordingSink();
        var peer = await RawPeer.ConnectAsync(_b.Endpoint);
        (await peer.HandshakeAsync(_ca.IssueAgent(id), _ca.Validator(sink), sink)).ShouldBeTrue();
        return peer;
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
