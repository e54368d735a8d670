using SecureMcp.Policy.Matching;
using SecureMcp.Policy.Model;
using SecureMcp.Policy.Yaml;

namespace SecureMcp.Policy.Engine;

/// <summary>Turns a parsed <see cref="PolicyDocument"/> into a <see cref="CompiledPolicy"/>, or a list of errors.</summary>
internal static class PolicyCompiler
{
    public static CompiledPolicy? Compile(PolicyDocument document, List<PolicyError> errors)
    {
        ArgumentNullException.ThrowIfNull(document);
        var roleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var roles = new List<CompiledRole>();
        foreach (var role in document.Roles)
        {
            if (!roleIndex.TryAdd(role.Name, roles.Count))
            {
                errors.Add(new PolicyError(role.Line, $"roles.{role.Name}", "role defined twice"));
                continue;
            }

            CheckScope(role.Scope, $"roles.{role.Name}", role.Line, errors);
            roles.Add(new CompiledRole(roles.Count, role.Name, new CompiledScope(role.Scope), role.ReadOnly,
                new PolicyElement(PolicyElementKind.Role, role.Name, role.Line, role.ReadOnly ? "read-only tools" : null)));
        }

        var words = Math.Max(1, (roles.Count + 63) / 64);
        var conditions = new ConditionCompiler(roleIndex, words, errors);

        var principals = new Dictionary<string, CompiledPrincipal>(StringComparer.Ordinal);
        foreach (var p in document.Principals)
        {
            var mask = new ulong[words];
            foreach (var role in p.Roles)
            {
                if (roleIndex.TryGetValue(role, out var index))
                {
                    mask[index >> 6] |= 1UL << (index & 63);
                }
                else
                {
                    errors.Add(new PolicyError(p.Line, $"principals.{p.Id}.roles", $"role '{role}' is not defined under roles"));
                }
            }

            var capabilities = p.Capabilities.Select(c => CompileCapability(c, p.Id, conditions, errors)).ToArray();
            if (!principals.TryAdd(p.Id, new CompiledPrincipal(p.Id, mask, p.Attributes, capabilities)))
            {
                errors.Add(new PolicyError(p.Line, $"principals.{p.Id}", "principal defined twice"));
            }
        }

        var rules = new List<CompiledRule>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (rule, i) in document.Rules.Select((r, i) => (r, i)))
        {
            if (!ids.Add(rule.Id))
            {
                errors.Add(new PolicyError(rule.Line, $"rules[{i}].id", $"rule id '{rule.Id}' is used twice"));
            }

            CheckScope(rule.Scope, $"rules[{i}]", rule.Line, errors);
            var compiled = rule.Conditions.Select(conditions.Compile).ToArray();
            if (compiled.Any(c => c is null))
            {
                continue;
            }

            ulong[]? required = null;
            foreach (var c in compiled.OfType<RolesCondition>().Where(c => c.Any))
            {
                required = c.Mask;
            }

            rules.Add(new CompiledRule(rule.Effect, new CompiledScope(rule.Scope), compiled!, required,
                new PolicyElement(PolicyElementKind.Rule, rule.Id, rule.Line, rule.Description)));
        }

        return errors.Count > 0 ? null : new CompiledPolicy(document, [.. roles], roleIndex, principals, [.. rules]);
    }

    private static CompiledCapability CompileCapability(CapabilityDefinition c, string principal, ConditionCompiler conditions, List<PolicyError> errors)
    {
        if (c.Scope.IsEmpty)
        {
            errors.Add(new PolicyError(c.Line, $"principals.{principal}.capabilities", $"capability '{c.Id}' names no tool, prompt, resource or server"));
        }

        CheckScope(c.Scope, $"principals.{principal}.capabilities", c.Line, errors);
        var constraints = new List<CompiledCondition>();
        var elements = new List<PolicyElement>();
        foreach (var d in c.Constraints)
        {
            if (!d.Attribute.StartsWith("args.", StringComparison.Ordinal))
            {
                errors.Add(new PolicyError(d.Line, d.KeyPath, "capability constraints apply to arguments only (args.<json path>)"));
                continue;
            }

            if (conditions.Compile(d) is { } compiled)
            {
                constraints.Add(compiled);
                elements.Add(new PolicyElement(PolicyElementKind.Constraint, c.Id, d.Line,
                    $"{d.Attribute["args.".Length..]} must satisfy {d.Operator} {string.Join(", ", d.Operands)}"));
            }
        }

        return new CompiledCapability(new CompiledScope(c.Scope), [.. constraints], [.. elements],
            new PolicyElement(PolicyElementKind.Capability, c.Id, c.Line));
    }

    private static void CheckScope(TargetScope scope, string keyPath, int line, List<PolicyError> errors)
    {
        foreach (var name in scope.Tools.Concat(scope.Prompts).Concat(scope.Servers))
        {
            if (!NameRules.IsCanonicalName(name))
            {
                errors.Add(new PolicyError(line, keyPath, $"'{name}' is not a valid name pattern: names are printable ASCII without spaces"));
            }
        }
    }
}
