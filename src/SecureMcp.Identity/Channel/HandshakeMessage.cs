using System.Text.Json;
using System.Text.Json.Nodes;

namespace SecureMcp.Identity.Channel;

/// <summary>Reads and writes the JSON handshake messages; any structural problem is a malformed handshake.</summary>
internal static class HandshakeMessage
{
    public const int MaxSize = 16 * 1024;

    public static JsonObject Parse(byte[] message)
    {
        if (message is null || message.Length > MaxSize)
        {
            throw new SecureChannelException(ChannelFailures.HandshakeMalformed);
        }

        try
        {
            return JsonNode.Parse(message) as JsonObject ?? throw new SecureChannelException(ChannelFailures.HandshakeMalformed);
        }
        catch (JsonException ex)
        {
            throw new SecureChannelException(ChannelFailures.HandshakeMalformed, ex);
        }
    }

    public static byte[] Bytes(JsonObject message, string name)
    {
        try
        {
            return Convert.FromBase64String(message[name]?.GetValue<string>() ?? throw new SecureChannelException(ChannelFailures.HandshakeMalformed));
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException)
        {
            throw new SecureChannelException(ChannelFailures.HandshakeMalformed, ex);
        }
    }

    public static long Number(JsonObject message, string name)
    {
        try
        {
            return message[name]?.GetValue<long>() ?? throw new SecureChannelException(ChannelFailures.HandshakeMalformed);
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException)
        {
            throw new SecureChannelException(ChannelFailures.HandshakeMalformed, ex);
        }
    }

    public static byte[] Serialize(JsonObject message) => JsonSerializer.SerializeToUtf8Bytes(message);
}
