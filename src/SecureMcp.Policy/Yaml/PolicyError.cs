using System.Globalization;

namespace SecureMcp.Policy.Yaml;

/// <summary>One problem in a policy file: where (line and key path) and what.</summary>
/// <param name="Line">1-based line, or 0 when unknown.</param>
/// <param name="KeyPath">The key path, for example <c>rules[3].when.tool.risk</c>.</param>
/// <param name="Message">What is wrong.</param>
internal sealed record PolicyError(int Line, string KeyPath, string Message)
{
    public override string ToString() => Line > 0
        ? string.Create(CultureInfo.InvariantCulture, $"line {Line}: {KeyPath}: {Message}")
        : $"{KeyPath}: {Message}";
}
