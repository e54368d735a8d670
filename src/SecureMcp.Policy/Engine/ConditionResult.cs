namespace SecureMcp.Policy.Engine;

/// <summary>A condition's outcome. <see cref="Unknown"/> arises only when listing, where arguments are not known yet.</summary>
internal enum ConditionResult
{
    False,
    True,
    Unknown,
}
