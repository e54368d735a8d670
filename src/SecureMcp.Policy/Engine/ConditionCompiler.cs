using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using SecureMcp.Policy.Matching;
using SecureMcp.Policy.Model;
using SecureMcp.Policy.Yaml;

namespace SecureMcp.Policy.Engine;

/// <summary>Compiles condition definitions, reporting each problem with its line and key path.</summary>
internal sealed class ConditionCompiler(Dictionary<string, int> roleIndex, int words, List<PolicyError> errors)
{
    /// <summary>Regular expressions in policies run in linear time (non-backtracking) and with a timeout.</summary>
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(100);

    private static readonly string[] RiskNames = ["low", "medium", "high", "critical"];

    public CompiledCondition? Compile(ConditionDefinition d)
    {
        var text = d.Attribute + " " + d.Operator + " " + string.Join(", ", d.Operands);
        var a = d.Attribute;
        if (a.StartsWith("args.", StringComparison.Ordinal) || a.StartsWith("arguments.", StringComparison.Ordinal))
        {
            var pathText = a[(a.IndexOf('.', StringComparison.Ordinal) + 1)..];
            if (!JsonPath.TryParse(pathText, out var path, out var error))
            {
                return Fail(d, error!);
            }

            var test = ValueTestFor(d);
            return test is null ? null : new ArgumentCondition(text, d.Line, path!, test);
        }

        switch (a)
        {
            case "principal.id":
                return Text(d, text, StringSource.PrincipalId, null);
            case "principal.scheme":
                return Text(d, text, StringSource.PrincipalScheme, null);
            case "tool.name":
            case "target.name":
                return Text(d, text, StringSource.TargetName, null);
            case "tool.server":
            case "target.server":
                return Text(d, text, StringSource.Server, null);
            case "principal.roles":
                return Roles(d, text);
            case "principal.trust":
                return Number(d, text, NumberSource.Trust);
            case "tool.risk":
                return Number(d, text, NumberSource.Risk);
            case "env.time":
                return Time(d, text);
            case "env.day":
                return Days(d, text);
            case "env.source":
                return Source(d, text);
        }

        if (a.StartsWith("tool.annotations.", StringComparison.Ordinal))
        {
            return Annotation(d, text, a["tool.annotations.".Length..]);
        }

        if (a.StartsWith("principal.", StringComparison.Ordinal) && a.Length > "principal.".Length)
        {
            return Text(d, text, StringSource.PrincipalAttribute, a["principal.".Length..]);
        }

        return Fail(d, $"unknown attribute '{a}' (use principal.id|scheme|roles|trust|<attribute>, tool.name|server|risk|annotations.<hint>, args.<json path>, env.time|day|source)");
    }

    private CompiledCondition? Text(ConditionDefinition d, string text, StringSource source, string? key)
    {
        var test = TextTestFor(d);
        return test is null ? null : new StringCondition(text, d.Line, source, key, test);
    }

    private TextTest? TextTestFor(ConditionDefinition d)
    {
        var (op, ok) = d.Operator switch
        {
            "equals" => (TextOperator.Equals, d.Operands.Count == 1),
            "notEquals" => (TextOperator.NotEquals, d.Operands.Count == 1),
            "in" or "oneOf" => (TextOperator.In, d.Operands.Count >= 1),
            "notIn" => (TextOperator.NotIn, d.Operands.Count >= 1),
            "matches" or "pattern" => (TextOperator.Matches, d.Operands.Count == 1),
            "prefix" => (TextOperator.Prefix, d.Operands.Count == 1),
            "exists" => (TextOperator.Exists, d.Operands.Count == 1 && bool.TryParse(d.Operands[0], out _)),
            _ => ((TextOperator)(-1), false),
        };
        if ((int)op < 0)
        {
            Fail(d, $"operator '{d.Operator}' does not apply to '{d.Attribute}' (use equals, notEquals, in, notIn, matches, prefix, exists)");
            return null;
        }

        if (!ok)
        {
            Fail(d, $"operator '{d.Operator}' needs {(op is TextOperator.In or TextOperator.NotIn ? "a list of values" : op == TextOperator.Exists ? "true or false" : "one value")}");
            return null;
        }

        Regex? regex = null;
        if (op == TextOperator.Matches)
        {
            regex = CompileRegex(d, d.Operands[0]);
            if (regex is null)
            {
                return null;
            }
        }

        return new TextTest(op, [.. d.Operands], regex, op == TextOperator.Exists && bool.Parse(d.Operands[0]));
    }

    private ValueTest? ValueTestFor(ConditionDefinition d)
    {
        switch (d.Operator)
        {
            case "pathPrefix":
                if (d.Operands.Count != 1)
                {
                    Fail(d, "pathPrefix needs one path");
                    return null;
                }

                if (!PathPrefix.TryCreate(d.Operands[0], out var prefix, out var error))
                {
                    Fail(d, error!);
                    return null;
                }

                return new PathPrefixTest(prefix!);
            case "maxSize":
                if (d.Operands.Count != 1 || !int.TryParse(d.Operands[0], NumberStyles.None, CultureInfo.InvariantCulture, out var max) || max <= 0)
                {
                    Fail(d, "maxSize needs a positive whole number of bytes");
                    return null;
                }

                return new MaxSizeTest(max);
            case "lt" or "lte" or "gt" or "gte":
                var numbers = NumbersFor(d, risk: false);
                return numbers is null ? null : new NumberValueTest(numbers);
        }

        var test = TextTestFor(d);
        if (test is null)
        {
            return null;
        }

        var op = d.Operator switch
        {
            "equals" => TextOperator.Equals,
            "notEquals" => TextOperator.NotEquals,
            "in" or "oneOf" => TextOperator.In,
            "notIn" => TextOperator.NotIn,
            "matches" or "pattern" => TextOperator.Matches,
            "prefix" => TextOperator.Prefix,
            _ => TextOperator.Exists,
        };
        return new TextValueTest(test, op, op == TextOperator.Exists && bool.Parse(d.Operands[0]));
    }

    private RolesCondition? Roles(ConditionDefinition d, string text)
    {
        var any = d.Operator switch
        {
            "contains" or "in" or "any" => true,
            "notIn" or "none" => false,
            _ => (bool?)null,
        };
        if (any is null || d.Operands.Count == 0)
        {
            Fail(d, $"principal.roles takes contains, in (any of) or notIn (none of) with role names, not '{d.Operator}'");
            return null;
        }

        var mask = new ulong[words];
        foreach (var role in d.Operands)
        {
            if (!roleIndex.TryGetValue(role, out var index))
            {
                Fail(d, $"role '{role}' is not defined under roles");
                return null;
            }

            mask[index >> 6] |= 1UL << (index & 63);
        }

        return new RolesCondition(text, d.Line, mask, any.Value);
    }

    private NumberCondition? Number(ConditionDefinition d, string text, NumberSource source)
    {
        var test = NumbersFor(d, source == NumberSource.Risk);
        return test is null ? null : new NumberCondition(text, d.Line, source, test);
    }

    private NumberTest? NumbersFor(ConditionDefinition d, bool risk)
    {
        var op = d.Operator switch
        {
            "lt" or "below" => NumberOperator.Lt,
            "lte" or "atMost" => NumberOperator.Lte,
            "gt" or "above" => NumberOperator.Gt,
            "gte" or "atLeast" => NumberOperator.Gte,
            "equals" => NumberOperator.Equals,
            "notEquals" => NumberOperator.NotEquals,
            "in" => NumberOperator.In,
            "notIn" => NumberOperator.NotIn,
            _ => (NumberOperator)(-1),
        };
        if ((int)op < 0 || d.Operands.Count == 0 || (op < NumberOperator.In && d.Operands.Count != 1))
        {
            Fail(d, $"'{d.Attribute}' takes lt, lte, gt, gte, equals (one value) or in, notIn (a list), not '{d.Operator}'");
            return null;
        }

        var values = new double[d.Operands.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var operand = d.Operands[i];
            var riskIndex = Array.IndexOf(RiskNames, operand.ToLowerInvariant());
            if (risk ? riskIndex < 0 : !double.TryParse(operand, NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]))
            {
                Fail(d, risk ? $"'{operand}' is not a risk level (low, medium, high, critical)" : $"'{operand}' is not a number");
                return null;
            }

            if (risk)
            {
                values[i] = riskIndex + 1;
            }
        }

        return new NumberTest(op, values);
    }

    private AnnotationCondition? Annotation(ConditionDefinition d, string text, string name)
    {
        AnnotationKind? kind = name switch
        {
            "readOnly" or "readOnlyHint" => AnnotationKind.ReadOnly,
            "destructive" or "destructiveHint" => AnnotationKind.Destructive,
            "idempotent" or "idempotentHint" => AnnotationKind.Idempotent,
            "openWorld" or "openWorldHint" => AnnotationKind.OpenWorld,
            _ => null,
        };
        if (kind is null)
        {
            Fail(d, $"unknown annotation '{name}' (readOnly, destructive, idempotent, openWorld)");
            return null;
        }

        if (d.Operator != "equals" || d.Operands.Count != 1 || !bool.TryParse(d.Operands[0], out var expected))
        {
            Fail(d, "an annotation condition is true or false");
            return null;
        }

        return new AnnotationCondition(text, d.Line, kind.Value, expected);
    }

    private TimeCondition? Time(ConditionDefinition d, string text)
    {
        var negate = d.Operator == "outside";
        if ((d.Operator != "between" && !negate) || d.Operands.Count != 1 || !TimeWindow.TryParse(d.Operands[0], out var window))
        {
            Fail(d, "env.time takes between or outside with a window such as \"09:00-17:00\"");
            return null;
        }

        return new TimeCondition(text, d.Line, window, null, negate);
    }

    private TimeCondition? Days(ConditionDefinition d, string text)
    {
        var negate = d.Operator == "notIn";
        var days = new List<DayOfWeek>();
        foreach (var operand in d.Operands)
        {
            var day = Enum.GetValues<DayOfWeek>().Where(x => x.ToString().StartsWith(operand, StringComparison.OrdinalIgnoreCase) && operand.Length >= 3).ToList();
            if (day.Count != 1)
            {
                Fail(d, $"'{operand}' is not a day of the week (mon … sun)");
                return null;
            }

            days.Add(day[0]);
        }

        if ((d.Operator != "in" && !negate) || days.Count == 0)
        {
            Fail(d, "env.day takes in or notIn with a list of days");
            return null;
        }

        return new TimeCondition(text, d.Line, null, [.. days], negate);
    }

    private SourceCondition? Source(ConditionDefinition d, string text)
    {
        var negate = d.Operator == "notIn";
        if ((d.Operator != "in" && !negate) || d.Operands.Count == 0)
        {
            Fail(d, "env.source takes in or notIn with CIDR ranges such as 10.0.0.0/8");
            return null;
        }

        var networks = new IPNetwork[d.Operands.Count];
        for (var i = 0; i < networks.Length; i++)
        {
            var operand = d.Operands[i].Contains('/', StringComparison.Ordinal) ? d.Operands[i]
                : d.Operands[i] + (d.Operands[i].Contains(':', StringComparison.Ordinal) ? "/128" : "/32");
            if (!IPNetwork.TryParse(operand, out networks[i]))
            {
                Fail(d, $"'{d.Operands[i]}' is not a CIDR range (its host bits must be zero)");
                return null;
            }
        }

        return new SourceCondition(text, d.Line, networks, negate);
    }

    private Regex? CompileRegex(ConditionDefinition d, string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, RegexTimeout);
        }
        catch (ArgumentException ex)
        {
            Fail(d, $"invalid regular expression: {ex.Message}");
            return null;
        }
        catch (NotSupportedException ex)
        {
            Fail(d, $"regular expression needs backtracking, which policies do not allow: {ex.Message}");
            return null;
        }
    }

    private CompiledCondition? Fail(ConditionDefinition d, string message)
    {
        errors.Add(new PolicyError(d.Line, d.KeyPath.Length > 0 ? d.KeyPath : d.Attribute, message));
        return null;
    }
}
