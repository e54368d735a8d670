using System.Text.Json;

namespace SecureMcp.Policy.Engine;

/// <summary>A test on one JSON argument value (path prefix, value set, size, pattern, comparison).</summary>
internal abstract class ValueTest
{
    /// <summary>Tests the value; <paramref name="present"/> is false when the path named nothing.</summary>
    public abstract bool IsMatch(bool present, JsonElement value);
}
