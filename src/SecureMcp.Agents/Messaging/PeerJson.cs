using System.Text.Json;

namespace SecureMcp.Agents.Messaging;

/// <summary>JSON of <see cref="PeerMessage"/>: camelCase, byte arrays as base64, and nulls refused where the types say non-null.</summary>
internal static class PeerJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        MaxDepth = 16,
    };

    public static byte[] Serialize(PeerMessage message) => JsonSerializer.SerializeToUtf8Bytes(message, Options);

    /// <summary>The message, or null if the bytes are not a well-formed message.</summary>
    public static PeerMessage? TryParse(ReadOnlySpan<byte> json)
    {
        try
        {
            return JsonSerializer.Deserialize<PeerMessage>(json, Options);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }
}
