using System.Text.Json;
using SecureMcp.Policy.Matching;

namespace SecureMcp.Policy.Engine;

/// <summary>The argument's JSON text is at most a number of UTF-8 bytes. An absent argument passes (it has no size).</summary>
internal sealed class MaxSizeTest(int maxBytes) : ValueTest
{
    public override bool IsMatch(bool present, JsonElement value) => !present || JsonText.Size(value) <= maxBytes;
}
