using System.Text.RegularExpressions;

namespace SecureMcp.Identity.Operators;

/// <summary>What an operator's username may look like: 1 to 64 letters, digits, <c>.</c>, <c>_</c>, <c>-</c> and <c>@</c>, starting with a letter or digit.</summary>
/// <remarks>Names reach logs, the audit trail and the <c>otpauth://</c> label, so control characters and separators are kept out.</remarks>
internal static partial class OperatorNames
{
    public const string Rule = "1 to 64 letters, digits, '.', '_', '-' and '@', starting with a letter or digit";

    public static bool IsValid(string? name) => name is not null && Pattern().IsMatch(name);

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._@\-]{0,63}$")]
    private static partial Regex Pattern();
}
