using System.Text.Json;
using SecureMcp.Policy.Matching;

namespace SecureMcp.Policy.Engine;

/// <summary>Text operators over a JSON value: strings are compared as text; numbers and booleans by their JSON text.</summary>
internal sealed class TextValueTest(TextTest test, TextOperator op, bool exists) : ValueTest
{
    public override bool IsMatch(bool present, JsonElement value)
    {
        if (op == TextOperator.Exists)
        {
            return present == exists;
        }

        if (!present)
        {
            return false;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return JsonText.TestString(value, test, static (t, chars) => t.IsMatch(chars));
        }

        if (value.ValueKind is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null
            && op is TextOperator.Equals or TextOperator.NotEquals or TextOperator.In or TextOperator.NotIn)
        {
            var raw = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(value);
            Span<char> chars = stackalloc char[raw.Length];
            for (var i = 0; i < raw.Length; i++)
            {
                chars[i] = (char)raw[i];
            }

            return test.IsMatch(chars);
        }

        // Objects and arrays never equal a text operand; they are "not in" any set.
        return op is TextOperator.NotEquals or TextOperator.NotIn;
    }
}
