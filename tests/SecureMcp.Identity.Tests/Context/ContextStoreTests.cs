using SecureMcp.Identity.Context;
using SecureMcp.Identity.Events;
using SecureMcp.Identity.Tests.Support;

namespace SecureMcp.Identity.Tests.Context;

public sealed class ContextStoreTests : IDisposable
{
    private readonly TestCa _ca = new();

    [Fact]
    public void Share_ThenRecipientsOpen_RoundTripsAndAuditsEach()
    {
        using var alice = _ca.IssueAgent("alice");
        using var bob = _ca.IssueAgent("bob");
        using var carol = _ca.IssueAgent("carol");
        var store = new ContextStore(_ca.Validator, _ca.Sink, _ca.Time);
        var item = store.Share(alice, "task-1/findings", "secret findings"u8, [bob, carol]);
        item.Ciphertext.ShouldNotBe("secret findings"u8.ToArray());
        store.Open(item.Id, bob).ShouldBe("secret findings"u8.ToArray());
        store.Open(item.Id, carol).ShouldBe("secret findings"u8.ToArray());
        _ca.Sink.Single(IdentityEventKinds.ContextShared).Evidence!.ShouldContain("recipients=bob,carol");
        _ca.Sink.Events.Count(e => e.Kind == IdentityEventKinds.ContextOpened).ShouldBe(2);
    }

    [Fact]
    public void Open_NotARecipient_DeniedWithEvent()
    {
        using var alice = _ca.IssueAgent("alice");
        using var bob = _ca.IssueAgent("bob");
        using var mallory = _ca.IssueAgent("mallory");
        var store = new ContextStore(_ca.Validator, _ca.Sink, _ca.Time);
        var item = store.Share(alice, "plan", "x"u8, [bob]);
        Should.Throw<ContextAccessDeniedException>(() => store.Open(item.Id, mallory)).Message.ShouldBe("not a recipient");
        _ca.Sink.Single(IdentityEventKinds.ContextDenied).Principal.ShouldBe("mallory");
    }

    [Fact]
    public void Open_RecipientListAltered_DeniedBySignature()
    {
        using var alice = _ca.IssueAgent("alice");
        using var bob = _ca.IssueAgent("bob");
        var store = new ContextStore(_ca.Validator, _ca.Sink, _ca.Time);
        var item = store.Share(alice, "plan", "x"u8, [bob]);
        var altered = item with { Name = "other" };
        Should.Throw<ContextAccessDeniedException>(() => store.Open(altered, bob)).Message.ShouldBe("signature is invalid (item was altered)");
    }

    [Fact]
    public void Open_SameNameOtherKey_DeniedOnUnwrap()
    {
        using var alice = _ca.IssueAgent("alice");
        using var bob = _ca.IssueAgent("bob");
        using var bobRotated = _ca.IssueAgent("bob");
        var store = new ContextStore(_ca.Validator, _ca.Sink, _ca.Time);
        var item = store.Share(alice, "plan", "x"u8, [bob]);
        Should.Throw<ContextAccessDeniedException>(() => store.Open(item.Id, bobRotated)).Message.ShouldBe("key unwrap or decryption failed (wrong key)");
    }

    [Fact]
    public void Share_ToRevokedRecipient_Refused()
    {
        using var alice = _ca.IssueAgent("alice");
        using var bob = _ca.IssueAgent("bob");
        _ca.Ca.Revoke(bob.SerialNumber, "gone");
        var store = new ContextStore(_ca.Validator, _ca.Sink, _ca.Time);
        Should.Throw<ArgumentException>(() => store.Share(alice, "plan", "x"u8, [bob])).Message.ShouldContain("revoked");
    }

    public void Dispose() => _ca.Dispose();
}
