using System.Text.Json;

namespace SecureMcp.Identity.Tokens;

/// <summary>A decoded compact JWS whose header passed the strict checks; its signature is still to be verified.</summary>
internal readonly record struct ParsedJws(JsonElement Header, byte[] Payload, byte[] Signature, string SigningInput);
