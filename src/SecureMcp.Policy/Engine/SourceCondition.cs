using System.Net;

namespace SecureMcp.Policy.Engine;

/// <summary><c>env.source</c>: the caller's address lies in (or, negated, outside) any of the CIDR ranges. Unknown address: false.</summary>
internal sealed class SourceCondition(string text, int line, IPNetwork[] networks, bool negate) : CompiledCondition(text, line)
{
    public override ConditionResult Evaluate(ref EvaluationContext context)
    {
        if (context.Source is not { } address)
        {
            return ConditionResult.False;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        var inside = false;
        foreach (var network in networks)
        {
            if (network.Contains(address))
            {
                inside = true;
                break;
            }
        }

        return Of(inside != negate);
    }
}
