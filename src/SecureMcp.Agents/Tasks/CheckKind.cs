namespace SecureMcp.Agents.Tasks;

/// <summary>What a validation check asserts about a value in a step's result.</summary>
public enum CheckKind
{
    /// <summary>The value is present and not null.</summary>
    Exists,

    /// <summary>The value equals <see cref="TaskCheck.Value"/> (numbers within 1e-9).</summary>
    Equals,

    /// <summary>The number is at least <see cref="TaskCheck.Value"/>.</summary>
    Min,

    /// <summary>The number is at most <see cref="TaskCheck.Value"/>.</summary>
    Max,

    /// <summary>The array has exactly <see cref="TaskCheck.Value"/> elements.</summary>
    Count,

    /// <summary>The value conforms to the JSON Schema given as the check's value (the subset MCP tool schemas use).</summary>
    Schema,
}
