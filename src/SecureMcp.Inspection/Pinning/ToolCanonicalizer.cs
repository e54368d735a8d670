using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace SecureMcp.Inspection.Pinning;

/// <summary>The canonical form of a tool definition and its SHA-256 pin hash.</summary>
/// <remarks>
/// Canonical JSON: object keys sorted by ordinal order at every depth, no whitespace, numbers as sent, strings escaped
/// by one fixed encoder. It covers name, title, description, input and output schema and annotations; <c>_meta</c>
/// and icons are left out because servers may vary them without changing what the tool does.
/// </remarks>
public static class ToolCanonicalizer
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>The canonical JSON text of the definition.</summary>
    public static string CanonicalJson(Tool tool)
    {
        ArgumentNullException.ThrowIfNull(tool);
        using var buffer = new MemoryStream(512);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            // Keys written in ordinal order: annotations, description, inputSchema, name, outputSchema, title.
            writer.WriteStartObject();
            if (tool.Annotations is not null)
            {
                writer.WritePropertyName("annotations");
                WriteSorted(writer, JsonSerializer.SerializeToElement(tool.Annotations, McpJsonUtilities.DefaultOptions));
            }

            if (tool.Description is not null)
            {
                writer.WriteString("description", tool.Description);
            }

            writer.WritePropertyName("inputSchema");
            WriteSorted(writer, tool.InputSchema);
            writer.WriteString("name", tool.Name);
            if (tool.OutputSchema is { } output)
            {
                writer.WritePropertyName("outputSchema");
                WriteSorted(writer, output);
            }

            if (tool.Title is not null)
            {
                writer.WriteString("title", tool.Title);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>SHA-256 (lower-case hex) of the canonical JSON's UTF-8 bytes.</summary>
    public static string Hash(Tool tool) => HashCanonical(CanonicalJson(tool));

    /// <summary>SHA-256 (lower-case hex) of canonical JSON text.</summary>
    public static string HashCanonical(string canonicalJson) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalJson)));

    private static void WriteSorted(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    WriteSorted(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    WriteSorted(writer, item);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.Undefined:
                writer.WriteNullValue();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
