using System.Globalization;

namespace SecureMcp.Agents.Behavior;

/// <summary>An agent's configured behaviour: <c>honest</c>, <c>faulty:0.3</c>, <c>slow:800</c> (ms) or <c>malicious:0.6</c>.</summary>
public sealed record AgentBehavior(BehaviorKind Kind, double Rate, int Seed)
{
    public static AgentBehavior Honest { get; } = new(BehaviorKind.Honest, 0, 0);

    /// <summary>Parses the command-line form; throws <see cref="FormatException"/> naming the problem.</summary>
    public static AgentBehavior Parse(string text, int seed)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(':', 2);
        var kind = parts[0].ToLowerInvariant() switch
        {
            "honest" => BehaviorKind.Honest,
            "faulty" => BehaviorKind.Faulty,
            "slow" => BehaviorKind.Slow,
            "malicious" => BehaviorKind.Malicious,
            _ => throw new FormatException($"behavior must be honest, faulty:RATE, slow:MS or malicious:RATE (got '{text}')"),
        };
        var rate = kind switch
        {
            BehaviorKind.Honest => 0,
            _ when parts.Length == 2 && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var r) => r,
            BehaviorKind.Slow => 500,
            _ => 0.5,
        };
        if (kind is BehaviorKind.Faulty or BehaviorKind.Malicious && rate is < 0 or > 1)
        {
            throw new FormatException($"behavior rate must be between 0 and 1 (got {rate})");
        }

        return new AgentBehavior(kind, rate, seed);
    }

    public override string ToString() => Kind == BehaviorKind.Honest ? "honest" : string.Create(CultureInfo.InvariantCulture, $"{Kind.ToString().ToLowerInvariant()}:{Rate}");
}
