using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace SecureMcp.Policy.Matching;

/// <summary>Reads JSON string values as characters without allocating when they have no escapes.</summary>
internal static class JsonText
{
    /// <summary>Runs <paramref name="test"/> over the string's characters; false when the value is not a string.</summary>
    public static bool TestString<TState>(JsonElement element, TState state, Func<TState, ReadOnlySpan<char>, bool> test)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        var raw = JsonMarshal.GetRawUtf8Value(element);
        if (raw.Length < 2 || raw[1..^1].IndexOf((byte)'\\') >= 0 || raw.Length > 16 * 1024)
        {
            return test(state, element.GetString().AsSpan());
        }

        var utf8 = raw[1..^1];
        var buffer = ArrayPool<char>.Shared.Rent(utf8.Length);
        try
        {
            var count = Encoding.UTF8.GetChars(utf8, buffer);
            return test(state, buffer.AsSpan(0, count));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The size of the value's JSON text in UTF-8 bytes, as the client sent it.</summary>
    public static int Size(JsonElement element) => JsonMarshal.GetRawUtf8Value(element).Length;
}
