using System.Security.Cryptography.X509Certificates;
using SecureMcp.Identity.Channel;
using SecureMcp.Identity.Crypto;
using SecureMcp.Identity.Events;
using SecureMcp.Identity.Mtls;
using SecureMcp.Identity.Tests.Support;

namespace SecureMcp.Identity.Tests.Channel;

public sealed class SecureChannelTests : IDisposable
{
    private readonly TestCa _ca = new();
    private readonly X509Certificate2 _alice;
    private readonly X509Certificate2 _bob;

    public SecureChannelTests()
    {
        _alice = _ca.IssueAgent("alice");
        _bob = _ca.IssueAgent("bob");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Handshake_BothCiphers_AuthenticatesPeersAndCarriesMessagesBothWays(int algorithm)
    {
        var (a, b) = ChannelPair.Open(_ca, _alice, _bob, new SecureChannelOptions { Algorithms = [(AeadAlgorithm)algorithm] });
        a.Peer.Id.ShouldBe("bob");
        b.Peer.Id.ShouldBe("alice");
        a.Algorithm.ShouldBe((AeadAlgorithm)algorithm);
        a.SessionId.ShouldBe(b.SessionId);
        b.Open(a.Seal("hello bob"u8)).ShouldBe("hello bob"u8.ToArray());
        a.Open(b.Seal("hello alice"u8)).ShouldBe("hello alice"u8.ToArray());
    }

    [Fact]
    public void Handshake_BothSides_ExposeThePeersValidatedCertificate()
    {
        var (a, b) = ChannelPair.Open(_ca, _alice, _bob);
        a.PeerCertificate.ShouldBe(_bob.RawData);
        b.PeerCertificate.ShouldBe(_alice.RawData);
    }

    [Fact]
    public void Handshake_Negotiation_ResponderPreferenceAmongOffered()
    {
        var (a, _) = ChannelPair.Open(_ca, _alice, _bob, responderAlgorithms: [AeadAlgorithm.ChaCha20Poly1305, AeadAlgorithm.Aes256Gcm]);
        a.Algorithm.ShouldBe(AeadAlgorithm.ChaCha20Poly1305);
    }

    [Fact]
    public void Open_ReplayedMessage_RefusedWithEvent()
    {
        var (a, b) = ChannelPair.Open(_ca, _alice, _bob);
        var record = a.Seal("pay 10"u8);
        b.Open(record);
        Should.Throw<SecureChannelException>(() => b.Open(record)).Message.ShouldBe(ChannelFailures.Replayed);
        var e = _ca.Sink.Single(IdentityEventKinds.ChannelReplay);
        e.Principal.ShouldBe("alice");
        e.Evidence.ShouldBe("epoch=0 seq=0");
    }

    [Fact]
    public void Open_BitFlippedCiphertext_RefusedAsTampered()
    {
        var (a, b) = ChannelPair.Open(_ca, _alice, _bob);
        var record = a.Seal("pay 10"u8);
        record[SecureChannel.HeaderSize + 2] ^= 0x01;
        Should.Throw<SecureChannelException>(() => b.Open(record)).Message.ShouldBe(ChannelFailures.Tampered);
        _ca.Sink.Single(IdentityEventKinds.ChannelTampered).Reason.ShouldBe(ChannelFailures.Tampered);
    }

    [Fact]
    public void Open_TamperedHeaderSequence_RefusedAsTampered()
    {
        var (a, b) = ChannelPair.Open(_ca, _alice, _bob);
        var record = a.Seal("x"u8);
        record[12] ^= 0x05; // sequence number is associated data
        Should.Throw<SecureChannelException>(() => b.Open(record)).Message.ShouldBe(ChannelFailures.Tampered);
    }

    [Fact]
    public void Open_AfterTamperedCopy_GenuineMessageStillAccepted()
    {
        var (a, b) = ChannelPair.Open(_ca, _alice, _bob);
        var record = a.Seal("x"u8);
        var forged = (byte[])record.Clone();
        forged[^1] ^= 0x80;
        Should.Throw<SecureChannelException>(() => b.Open(forged));
        b.Open(record).ShouldBe("x"u8.ToArray(), "a forgery must not consume the sequence number");
    }

    [Fact]
    public void Open_ReorderedWithinWindow_AcceptedButBeyondWindowRefused()
    {
        var (a, b) = ChannelPair.Open(_ca, _alice, _bob);
        var records = Enumerable.Range(0, 70).Select(i => a.Seal([(byte)i])).ToArray();
        b.Open(records[69]);
        b.Open(records[10]).ShouldBe([(byte)10]);
        Should.Throw<SecureChannelException>(() => b.Open(records[5])).Message.ShouldBe(ChannelFailures.TooOld);
        _ca.Sink.Single(IdentityEventKinds.ChannelReplay).Reason.ShouldBe(ChannelFailures.TooOld);
    }

    [Fact]
    public void Open_MessageFromAnotherSession_RefusedAsWrongKey()
    {
        var (a1, _) = ChannelPair.Open(_ca, _alice, _bob);
        var (_, b2) = ChannelPair.Open(_ca, _alice, _bob);
        Should.Throw<SecureChannelException>(() => b2.Open(a1.Seal("hi"u8))).Message.ShouldBe(ChannelFailures.Tampered);
    }

    [Fact]
    public void Open_DelayedBeyondSkew_RefusedAsStale()
    {
        var (a, b) = ChannelPair.Open(_ca, _alice, _bob);
        var record = a.Seal("late"u8);
        _ca.Time.Advance(TimeSpan.FromSeconds(31));
        Should.Throw<SecureChannelException>(() => b.Open(record)).Message.ShouldBe(ChannelFailures.Stale);
        _ca.Sink.Single(IdentityEventKinds.ChannelStale).Reason.ShouldBe(ChannelFailures.Stale);
    }

    [Fact]
    public void Seal_AfterRekeyThreshold_RatchetsAndPeerFollows()
    {
        var (a, b) = ChannelPair.Open(_ca, _alice, _bob, new SecureChannelOptions { RekeyAfterMessages = 3 });
        var records = Enumerable.Range(0, 7).Select(i => a.Seal([(byte)i])).ToList();
        a.SendEpoch.ShouldBe(2u);
        foreach (var (record, i) in records.Select((r, i) => (r, i)))
        {
            b.Open(record).ShouldBe([(byte)i]);
        }
    }

    [Fact]
    public void Seal_AfterRekeyInterval_RatchetsByTime()
    {
        var (a, b) = ChannelPair.Open(_ca, _alice, _bob, new SecureChannelOptions { RekeyAfter = TimeSpan.FromMinutes(1) });
        a.Seal("x"u8);
        _ca.Time.Advance(TimeSpan.FromMinutes(1));
        var record = a.Seal("y"u8);
        a.SendEpoch.ShouldBe(1u);
        b.Open(record).ShouldBe("y"u8.ToArray());
    }

    [Fact]
    public void Handshake_InitiatorFromForeignCa_RefusedWithEvent()
    {
        using var foreign = new TestCa(_ca.Time);
        using var mallory = foreign.IssueAgent("mallory");
        var options = new SecureChannelOptions();
        using var initiator = new ChannelInitiator(new ChannelCredentials(mallory, foreign.Validator, options, foreign.Sink, _ca.Time), null);
        using var responder = new ChannelResponder(new ChannelCredentials(_bob, _ca.Validator, options, _ca.Sink, _ca.Time));
        Should.Throw<SecureChannelException>(() => responder.Respond(initiator.CreateHello()))
            .Message.ShouldBe($"{ChannelFailures.HandshakeCertificate}: {CertificateFailures.ForeignIssuer}");
        _ca.Sink.Single(IdentityEventKinds.HandshakeFailed).Principal.ShouldBe("unverified:mallory");
    }

    [Theory]
    [InlineData("[\"x\"]")]
    [InlineData("[{}]")]
    [InlineData("[1.5]")]
    public void Respond_HostileCipherList_RefusedAsMalformedWithEvent(string algs)
    {
        var options = new SecureChannelOptions();
        using var initiator = new ChannelInitiator(new ChannelCredentials(_alice, _ca.Validator, options, _ca.Sink, _ca.Time), null);
        using var responder = new ChannelResponder(new ChannelCredentials(_bob, _ca.Validator, options, _ca.Sink, _ca.Time));
        var hello = System.Text.Json.Nodes.JsonNode.Parse(initiator.CreateHello())!.AsObject();
        hello["algs"] = System.Text.Json.Nodes.JsonNode.Parse(algs);

        Should.Throw<SecureChannelException>(() => responder.Respond(System.Text.Encoding.UTF8.GetBytes(hello.ToJsonString())))
            .Message.ShouldBe(ChannelFailures.HandshakeMalformed);
        var e = _ca.Sink.Single(IdentityEventKinds.HandshakeFailed);
        e.Principal.ShouldBe("alice");
        e.Evidence.ShouldBe("algs");
    }

    [Fact]
    public void Handshake_RevokedResponder_RefusedByInitiator()
    {
        _ca.Ca.Revoke(_bob.SerialNumber, "compromised");
        var options = new SecureChannelOptions();
        using var initiator = new ChannelInitiator(new ChannelCredentials(_alice, _ca.Validator, options, _ca.Sink, _ca.Time), "bob");
        using var responder = new ChannelResponder(new ChannelCredentials(_bob, _ca.Validator, options, _ca.Sink, _ca.Time));
        var serverHello = responder.Respond(initiator.CreateHello());
        Should.Throw<SecureChannelException>(() => initiator.Complete(serverHello, out _))
            .Message.ShouldBe($"{ChannelFailures.HandshakeCertificate}: {CertificateFailures.Revoked}");
    }

    [Fact]
    public void Handshake_ResponderNotTheExpectedPeer_Refused()
    {
        using var carol = _ca.IssueAgent("carol");
        var options = new SecureChannelOptions();
        using var initiator = new ChannelInitiator(new ChannelCredentials(_alice, _ca.Validator, options, _ca.Sink, _ca.Time), "bob");
        using var responder = new ChannelResponder(new ChannelCredentials(carol, _ca.Validator, options, _ca.Sink, _ca.Time));
        var serverHello = responder.Respond(initiator.CreateHello());
        Should.Throw<SecureChannelException>(() => initiator.Complete(serverHello, out _)).Message.ShouldBe(ChannelFailures.UnexpectedPeer);
    }

    [Fact]
    public void Handshake_ServerHelloSignedByOtherAgent_RefusedBadSignature()
    {
        // Mallory (a valid agent of our CA) relays Bob's certificate but cannot sign with Bob's key.
        using var mallory = _ca.IssueAgent("mallory");
        var options = new SecureChannelOptions();
        using var initiator = new ChannelInitiator(new ChannelCredentials(_alice, _ca.Validator, options, _ca.Sink, _ca.Time), "bob");
        var bobPublic = X509CertificateLoader.LoadCertificate(_bob.RawData);
        var malloryWithBobsCert = new ChannelResponder(new ChannelCredentials(mallory, _ca.Validator, options, _ca.Sink, _ca.Time));
        var hello = malloryWithBobsCert.Respond(initiator.CreateHello());
        var envelope = System.Text.Json.Nodes.JsonNode.Parse(hello)!.AsObject();
        var body = System.Text.Json.Nodes.JsonNode.Parse(Convert.FromBase64String(envelope["body"]!.GetValue<string>()))!.AsObject();
        body["cert"] = Convert.ToBase64String(bobPublic.RawData);
        envelope["body"] = Convert.ToBase64String(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(body));
        Should.Throw<SecureChannelException>(() => initiator.Complete(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(envelope), out _))
            .Message.ShouldBe(ChannelFailures.HandshakeSignature);
        _ca.Sink.Single(IdentityEventKinds.HandshakeFailed).Reason.ShouldBe(ChannelFailures.HandshakeSignature);
        malloryWithBobsCert.Dispose();
    }

    [Fact]
    public void ReplayWindow_Sequences_AcceptsNewRefusesDuplicatesAndTooOld()
    {
        var window = new ReplayWindow();
        window.Check(5).ShouldBeNull();
        window.Commit(5);
        window.Check(5).ShouldBe(ChannelFailures.Replayed);
        window.Check(3).ShouldBeNull();
        window.Commit(100);
        window.Check(36).ShouldBe(ChannelFailures.TooOld);
        window.Check(37).ShouldBeNull();
    }

    public void Dispose()
    {
        _alice.Dispose();
        _bob.Dispose();
        _ca.Dispose();
    }
}
