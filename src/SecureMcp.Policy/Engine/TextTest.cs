using System.Text.RegularExpressions;

namespace SecureMcp.Policy.Engine;

/// <summary>One test on a text value. An absent value fails every test except <c>exists: false</c>.</summary>
internal sealed class TextTest(TextOperator op, string[] operands, Regex? regex, bool exists)
{
    public bool IsMatch(string? value)
    {
        if (op == TextOperator.Exists)
        {
            return (value is not null) == exists;
        }

        return value is not null && IsMatch(value.AsSpan());
    }

    public bool IsMatch(ReadOnlySpan<char> value) => op switch
    {
        TextOperator.Equals => value.SequenceEqual(operands[0]),
        TextOperator.NotEquals => !value.SequenceEqual(operands[0]),
        TextOperator.In => Contains(value),
        TextOperator.NotIn => !Contains(value),
        TextOperator.Matches => regex!.IsMatch(value),
        TextOperator.Prefix => value.StartsWith(operands[0], StringComparison.Ordinal),
        _ => exists,
    };

    private bool Contains(ReadOnlySpan<char> value)
    {
        foreach (var operand in operands)
        {
            if (value.SequenceEqual(operand))
            {
                return true;
            }
        }

        return false;
    }
}
