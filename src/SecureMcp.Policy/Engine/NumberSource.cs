namespace SecureMcp.Policy.Engine;

/// <summary>Which number a <see cref="NumberCondition"/> reads.</summary>
internal enum NumberSource
{
    Trust,
    Risk,
}
