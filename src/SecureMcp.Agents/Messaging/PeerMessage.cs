using SecureMcp.Identity.Context;

namespace SecureMcp.Agents.Messaging;

/// <summary>What travels inside one sealed record: a request from the connecting agent, or the reply to it.</summary>
/// <param name="Type"><see cref="ContextType"/> (a sealed item to hold), <see cref="AckType"/> or <see cref="ErrorType"/>.</param>
internal sealed record PeerMessage(string Type)
{
    public const string ContextType = "context";
    public const string AckType = "ack";
    public const string ErrorType = "error";

    /// <summary>The sealed context item, for <see cref="ContextType"/>.</summary>
    public SealedContextItem? Item { get; init; }

    /// <summary>The item id an ack refers to.</summary>
    public string? Id { get; init; }

    /// <summary>Why a request was refused, for <see cref="ErrorType"/>.</summary>
    public string? Error { get; init; }

    public static PeerMessage Context(SealedContextItem item) => new(ContextType) { Item = item };

    public static PeerMessage Ack(string id) => new(AckType) { Id = id };

    public static PeerMessage Refusal(string error) => new(ErrorType) { Error = error };
}
