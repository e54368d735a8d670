using System.Security.Cryptography;
using System.Text.Json;

namespace SecureMcp.Core.Audit;

/// <summary>Digests call arguments so the audit trail proves what was sent without storing it.</summary>
public static class ArgumentsDigest
{
    /// <summary>SHA-256 (hex) of the arguments' JSON text as received, or null when there are none.</summary>
    public static string? Compute(JsonElement? arguments)
    {
        if (arguments is not { } element || element.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return null;
        }

        var bytes = JsonSerializer.SerializeToUtf8Bytes(element);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
