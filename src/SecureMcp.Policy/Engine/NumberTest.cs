namespace SecureMcp.Policy.Engine;

/// <summary>One comparison of a number with operands.</summary>
internal sealed class NumberTest(NumberOperator op, double[] operands)
{
    public bool IsMatch(double value) => op switch
    {
        NumberOperator.Lt => value < operands[0],
        NumberOperator.Lte => value <= operands[0],
        NumberOperator.Gt => value > operands[0],
        NumberOperator.Gte => value >= operands[0],
        NumberOperator.Equals => value.Equals(operands[0]),
        NumberOperator.NotEquals => !value.Equals(operands[0]),
        NumberOperator.In => Array.IndexOf(operands, value) >= 0,
        _ => Array.IndexOf(operands, value) < 0,
    };
}
