using SecureMcp.Policy.Incidents;
using SecureMcp.Policy.Model;
using SecureMcp.Policy.RateLimits;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SecureMcp.Policy.Yaml;

/// <summary>Parses policy YAML into a <see cref="PolicyDocument"/>, collecting every error with its line and key path.</summary>
internal static class PolicyParser
{
    private static readonly string[] TopKeys = ["version", "settings", "roles", "principals", "rules", "rateLimits", "incidents"];
    private static readonly string[] ScopeKeys = ["tools", "prompts", "resources", "servers"];

    public static PolicyDocument? Parse(string yaml, List<PolicyError> errors)
    {
        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(yaml));
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (YamlException ex)
        {
            errors.Add(new PolicyError((int)ex.Start.Line, "(yaml)", Clean(ex)));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 16 throws this without a position for some unterminated flow collections.
            errors.Add(new PolicyError((int)scanner.CurrentPosition.Line, "(yaml)", "malformed YAML here (an unclosed [ or {?)"));
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            errors.Add(new PolicyError(1, "(document)", "the policy file is empty"));
            return null;
        }

        var r = new YamlReader(errors);
        var root = r.Map(stream.Documents[0].RootNode, "(document)");
        if (root is null)
        {
            return null;
        }

        var doc = new PolicyDocument();
        foreach (var (key, value) in r.Entries(root, "", TopKeys))
        {
            doc = key switch
            {
                "version" => CheckVersion(r, value, doc),
                "settings" => doc with { Settings = SettingsParser.Parse(r, value) },
                "roles" => doc with { Roles = Roles(r, value) },
                "principals" => doc with { Principals = Principals(r, value) },
                "rules" => doc with { Rules = Rules(r, value) },
                "rateLimits" => doc with { RateLimits = RateLimitParser.Parse(r, value) },
                _ => doc with { Incidents = IncidentParser.Parse(r, value) },
            };
        }

        return errors.Count > 0 ? null : doc;
    }

    private static string Clean(YamlException ex)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: …) - (…): "; the line is reported separately.
        var message = ex.InnerException?.Message ?? ex.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }

    private static PolicyDocument CheckVersion(YamlReader r, YamlNode value, PolicyDocument doc)
    {
        if (r.Int(value, "version", 1) != 1)
        {
            r.Error(value, "version", "only version 1 is supported");
        }

        return doc;
    }

    internal static TargetScope Scope(YamlReader r, string key, YamlNode value, string path, TargetScope scope) => key switch
    {
        "tools" => scope with { Tools = r.Strings(value, path) },
        "prompts" => scope with { Prompts = r.Strings(value, path) },
        "resources" => scope with { Resources = r.Strings(value, path) },
        _ => scope with { Servers = r.Strings(value, path) },
    };

    private static List<RoleDefinition> Roles(YamlReader r, YamlNode node)
    {
        var roles = new List<RoleDefinition>();
        if (r.Map(node, "roles") is not { } map)
        {
            return roles;
        }

        foreach (var (name, value) in r.Entries(map, "roles"))
        {
            var path = "roles." + name;
            var scope = new TargetScope();
            var readOnly = false;
            if (r.Map(value, path) is { } body)
            {
                foreach (var (key, v) in r.Entries(body, path, [.. ScopeKeys, "readOnly"]))
                {
                    if (key == "readOnly")
                    {
                        readOnly = r.Bool(v, path + ".readOnly");
                    }
                    else
                    {
                        scope = Scope(r, key, v, path + "." + key, scope);
                    }
                }
            }

            roles.Add(new RoleDefinition(name, scope, readOnly, YamlReader.LineOf(value)));
        }

        return roles;
    }

    private static List<PrincipalDefinition> Principals(YamlReader r, YamlNode node)
    {
        var result = new List<PrincipalDefinition>();
        if (r.Map(node, "principals") is not { } map)
        {
            return result;
        }

        foreach (var (id, value) in r.Entries(map, "principals"))
        {
            var path = "principals." + id;
            var roles = new List<string>();
            var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
            var capabilities = new List<CapabilityDefinition>();
            if (r.Map(value, path) is { } body)
            {
                foreach (var (key, v) in r.Entries(body, path, "roles", "attributes", "capabilities"))
                {
                    switch (key)
                    {
                        case "roles":
                            roles = r.Strings(v, path + ".roles");
                            break;
                        case "attributes":
                            foreach (var (name, a) in r.Map(v, path + ".attributes") is { } attrs ? r.Entries(attrs, path + ".attributes") : [])
                            {
                                if (r.Scalar(a, $"{path}.attributes.{name}") is { } text)
                                {
                                    attributes[name] = text;
                                }
                            }

                            break;
                        default:
                            capabilities = Capabilities(r, v, id, path + ".capabilities");
                            break;
                    }
                }
            }

            result.Add(new PrincipalDefinition(id, roles, attributes, capabilities, YamlReader.LineOf(value)));
        }

        return result;
    }

    private static List<CapabilityDefinition> Capabilities(YamlReader r, YamlNode node, string principal, string path)
    {
        var result = new List<CapabilityDefinition>();
        if (r.Sequence(node, path) is not { } seq)
        {
            return result;
        }

        foreach (var (item, i) in seq.Children.Select((c, i) => (c, i)))
        {
            var itemPath = $"{path}[{i}]";
            var id = $"{principal}/capabilities[{i}]";
            var scope = new TargetScope();
            var constraints = new List<ConditionDefinition>();
            if (r.Map(item, itemPath) is not { } body)
            {
                continue;
            }

            foreach (var (key, v) in r.Entries(body, itemPath, [.. ScopeKeys, "id", "arguments"]))
            {
                if (key == "id")
                {
                    id = r.Scalar(v, itemPath + ".id") ?? id;
                }
                else if (key == "arguments")
                {
                    if (r.Map(v, itemPath + ".arguments") is { } args)
                    {
                        foreach (var (jsonPath, test) in r.Entries(args, itemPath + ".arguments"))
                        {
                            constraints.AddRange(ConditionParser.Parse(r, "args." + jsonPath, test, $"{itemPath}.arguments.{jsonPath}"));
                        }
                    }
                }
                else
                {
                    scope = Scope(r, key, v, itemPath + "." + key, scope);
                }
            }

            result.Add(new CapabilityDefinition(id, scope, constraints, YamlReader.LineOf(item)));
        }

        return result;
    }

    private static List<RuleDefinition> Rules(YamlReader r, YamlNode node)
    {
        var result = new List<RuleDefinition>();
        if (r.Sequence(node, "rules") is not { } seq)
        {
            return result;
        }

        foreach (var (item, i) in seq.Children.Select((c, i) => (c, i)))
        {
            var path = $"rules[{i}]";
            if (r.Map(item, path) is not { } body)
            {
                continue;
            }

            string? id = null;
            string? description = null;
            PolicyEffect? effect = null;
            var effectSeen = false;
            var scope = new TargetScope();
            var conditions = new List<ConditionDefinition>();
            foreach (var (key, v) in r.Entries(body, path, [.. ScopeKeys, "id", "effect", "description", "when"]))
            {
                switch (key)
                {
                    case "id":
                        id = r.Scalar(v, path + ".id");
                        break;
                    case "description":
                        description = r.Scalar(v, path + ".description");
                        break;
                    case "effect":
                        effectSeen = true;
                        effect = r.Scalar(v, path + ".effect") switch
                        {
                            "allow" => PolicyEffect.Allow,
                            "deny" => PolicyEffect.Deny,
                            "require-approval" => PolicyEffect.RequireApproval,
                            null => null,
                            var other => Invalid(r, v, path + ".effect", $"'{other}' is not an effect (allow, deny, require-approval)"),
                        };
                        break;
                    case "when":
                        if (r.Map(v, path + ".when") is { } when)
                        {
                            foreach (var (attribute, test) in r.Entries(when, path + ".when"))
                            {
                                conditions.AddRange(ConditionParser.Parse(r, attribute, test, $"{path}.when.{attribute}"));
                            }
                        }

                        break;
                    default:
                        scope = Scope(r, key, v, path + "." + key, scope);
                        break;
                }
            }

            if (id is null)
            {
                r.Error(item, path, "a rule needs an id");
            }

            if (effect is null && !effectSeen)
            {
                r.Error(item, path, "a rule needs an effect (allow, deny, require-approval)");
            }

            result.Add(new RuleDefinition(id ?? path, effect ?? PolicyEffect.Deny, scope, conditions, description, YamlReader.LineOf(item)));
        }

        return result;
    }

    private static PolicyEffect? Invalid(YamlReader r, YamlNode node, string path, string message)
    {
        r.Error(node, path, message);
        return null;
    }
}
