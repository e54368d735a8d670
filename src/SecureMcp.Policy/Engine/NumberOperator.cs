namespace SecureMcp.Policy.Engine;

/// <summary>Comparisons on numbers (trust scores, risk levels, numeric arguments).</summary>
internal enum NumberOperator
{
    Lt,
    Lte,
    Gt,
    Gte,
    Equals,
    NotEquals,
    In,
    NotIn,
}
