using System.Text.Json;

namespace SecureMcp.Policy.Engine;

/// <summary>Numeric comparison of a JSON number argument; anything else fails.</summary>
internal sealed class NumberValueTest(NumberTest test) : ValueTest
{
    public override bool IsMatch(bool present, JsonElement value) =>
        present && value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && test.IsMatch(number);
}
