using SecureMcp.Agents.Messaging;
using SecureMcp.Identity.Context;

namespace SecureMcp.Agents.Tests.Messaging;

public sealed class ContextInboxTests
{
    private static ReceivedContext Received(string id, byte signature) =>
        new(new SealedContextItem(id, "n", "agent-a", [1], DateTimeOffset.UnixEpoch, [new SealedRecipient("agent-b", [], [], [], [])], [], [], [], [signature]),
            "agent-a", DateTimeOffset.UnixEpoch);

    [Fact]
    public void Add_SameItemTwice_IsIdempotent()
    {
        var inbox = new ContextInbox(10);

        inbox.Add(Received("a", 1)).ShouldBeNull();
        inbox.Add(Received("a", 1)).ShouldBeNull();

        inbox.Count.ShouldBe(1);
    }

    [Fact]
    public void Add_DifferentItemUnderAHeldId_Refused()
    {
        var inbox = new ContextInbox(10);
        inbox.Add(Received("a", 1));

        inbox.Add(Received("a", 2)).ShouldBe("a different item with this id is already held");

        inbox.Get("a")!.Item.Signature.ShouldBe(new byte[] { 1 });
    }

    [Fact]
    public void Add_OverCapacity_Refused()
    {
        var inbox = new ContextInbox(1);
        inbox.Add(Received("a", 1));

        inbox.Add(Received("b", 1)).ShouldBe("the agent already holds 1 items");
    }
}
