using Microsoft.Extensions.Logging;

namespace SecureMcp.Agents.Messaging;

/// <summary>Source-generated log messages of agent messaging, with stable event ids.</summary>
internal static partial class PeerLog
{
    [LoggerMessage(3001, LogLevel.Information, "Agent {Agent} accepts peer channels on {Endpoint}")]
    public static partial void Listening(ILogger logger, string agent, string endpoint);

    [LoggerMessage(3002, LogLevel.Warning, "Peer connection from {Remote} refused: {Reason}")]
    public static partial void Refused(ILogger logger, string remote, string reason);

    [LoggerMessage(3003, LogLevel.Debug, "Peer connection from {Remote} ({Peer}) closed: {Reason}")]
    public static partial void Closed(ILogger logger, string remote, string peer, string reason);

    [LoggerMessage(3004, LogLevel.Error, "Peer connection from {Remote} failed")]
    public static partial void Failed(ILogger logger, string remote, Exception exception);

    [LoggerMessage(3005, LogLevel.Information, "Peer channel with {Peer} from {Remote} open ({Cipher}, session {Session})")]
    public static partial void Opened(ILogger logger, string peer, string remote, string cipher, string session);
}
