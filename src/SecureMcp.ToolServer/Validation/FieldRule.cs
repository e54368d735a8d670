using System.Text.RegularExpressions;

namespace SecureMcp.ToolServer.Validation;

/// <summary>The rules one field must satisfy. Rules other than <see cref="Required"/> skip missing values.</summary>
internal sealed record FieldRule
{
    public required string Field { get; init; }

    public bool Required { get; init; }

    /// <summary>One of string, number, integer, boolean; null when not checked.</summary>
    public string? Type { get; init; }

    public double? Min { get; init; }

    public double? Max { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    public Regex? Pattern { get; init; }

    public IReadOnlyList<object?>? Allowed { get; init; }

    public bool Unique { get; init; }
}
