using System.Text.Json;
using SecureMcp.Identity.Operators;

namespace SecureMcp.Gateway.Operators;

/// <summary>The body of <c>POST /admin/login</c>: <c>{ "username", "password", "code" }</c>, where code is a TOTP code or a recovery code.</summary>
internal sealed record OperatorLoginRequest(string Username, string Password, string Code)
{
    /// <summary>The largest body read; larger ones are refused without reading on.</summary>
    public const int MaxBodyBytes = 4096;

    private const int MaxUsername = 64;
    private const int MaxPassword = 1024;
    private const int MaxCode = 64;

    /// <summary>Reads the body; on failure returns null and a message fit to show the caller (it names the field, never a value).</summary>
    public static OperatorLoginRequest? Parse(ReadOnlyMemory<byte> body, out string? error)
    {
        error = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 4 });
        }
        catch (JsonException)
        {
            error = "the body is not valid JSON";
            return null;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                error = "the body must be a JSON object with username, password and code";
                return null;
            }

            var root = document.RootElement;
            var username = Field(root, "username", MaxUsername, ref error);
            var password = Field(root, "password", MaxPassword, ref error);
            var code = Field(root, "code", MaxCode, ref error);
            if (error is null && !OperatorNames.IsValid(username))
            {
                error = $"the field 'username' must be {OperatorNames.Rule}";
            }

            return error is null ? new OperatorLoginRequest(username!, password!, code!) : null;
        }
    }

    /// <summary>The string field <paramref name="name"/>; sets <paramref name="error"/> (if not already set) when it is missing, not a string, empty or too long.</summary>
    private static string? Field(JsonElement root, string name, int maxLength, ref string? error)
    {
        string? problem = null;
        string? value = null;
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            problem = $"the field '{name}' is missing";
        }
        else if (element.ValueKind != JsonValueKind.String)
        {
            problem = $"the field '{name}' must be a string";
        }
        else if (!TryGetString(element, out value))
        {
            problem = $"the field '{name}' is not valid UTF-8";
        }
        else
        {
            problem = value.Length == 0 ? $"the field '{name}' is empty"
                : value.Length > maxLength ? $"the field '{name}' is longer than {maxLength} characters"
                : null;
        }

        error ??= problem;
        return value;
    }

    private static bool TryGetString(JsonElement element, out string value)
    {
        try
        {
            value = element.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            value = "";
            return false;
        }
    }

    /// <summary>Never prints the password or the code.</summary>
    public override string ToString() => $"OperatorLoginRequest {{ Username = {Username} }}";
}
