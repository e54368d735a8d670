namespace SecureMcp.Policy.Engine;

/// <summary>Operators on text values.</summary>
internal enum TextOperator
{
    Equals,
    NotEquals,
    In,
    NotIn,
    Matches,
    Prefix,
    Exists,
}
