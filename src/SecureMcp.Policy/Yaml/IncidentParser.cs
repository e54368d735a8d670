using SecureMcp.Core.Events;
using SecureMcp.Policy.Incidents;
using YamlDotNet.RepresentationModel;

namespace SecureMcp.Policy.Yaml;

/// <summary>Parses the <c>incidents</c> section.</summary>
internal static class IncidentParser
{
    public static List<IncidentRuleDefinition> Parse(YamlReader r, YamlNode node)
    {
        var result = new List<IncidentRuleDefinition>();
        if (r.Sequence(node, "incidents") is not { } seq)
        {
            return result;
        }

        foreach (var (item, i) in seq.Children.Select((c, i) => (c, i)))
        {
            var path = $"incidents[{i}]";
            if (r.Map(item, path) is not { } body)
            {
                continue;
            }

            string? id = null;
            var kinds = new List<string>();
            var severity = SecuritySeverity.Info;
            var count = 1;
            var within = TimeSpan.FromMinutes(1);
            var actions = new List<IncidentActionDefinition>();
            foreach (var (key, v) in r.Entries(body, path, "id", "kinds", "minSeverity", "count", "within", "actions"))
            {
                var p = path + "." + key;
                switch (key)
                {
                    case "id":
                        id = r.Scalar(v, p);
                        break;
                    case "kinds":
                        kinds = r.Strings(v, p);
                        break;
                    case "minSeverity":
                        var text = r.Scalar(v, p);
                        if (!Enum.TryParse(text, ignoreCase: true, out severity) || int.TryParse(text, out _))
                        {
                            r.Error(v, p, $"'{text}' is not a severity (info, low, medium, high, critical)");
                        }

                        break;
                    case "count":
                        count = r.Int(v, p, 1);
                        break;
                    case "within":
                        within = r.Duration(v, p);
                        break;
                    default:
                        actions = Actions(r, v, p);
                        break;
                }
            }

            if (id is null || actions.Count == 0)
            {
                r.Error(item, path, "an incident rule needs an id and at least one action");
            }

            result.Add(new IncidentRuleDefinition(id ?? path, kinds, severity, count, within, actions, YamlReader.LineOf(item)));
        }

        return result;
    }

    private static List<IncidentActionDefinition> Actions(YamlReader r, YamlNode node, string path)
    {
        var result = new List<IncidentActionDefinition>();
        if (r.Sequence(node, path) is not { } seq)
        {
            return result;
        }

        foreach (var (item, i) in seq.Children.Select((c, i) => (c, i)))
        {
            var p = $"{path}[{i}]";
            if (item is YamlScalarNode { Value: { } name })
            {
                switch (name)
                {
                    case "quarantine-principal": result.Add(new(IncidentActionKind.QuarantinePrincipal)); break;
                    case "quarantine-tool": result.Add(new(IncidentActionKind.QuarantineTool)); break;
                    case "quarantine-upstream": result.Add(new(IncidentActionKind.QuarantineUpstream)); break;
                    case "alert": result.Add(new(IncidentActionKind.Alert)); break;
                    default:
                        r.Error(item, p, $"'{name}' is not an action (quarantine-principal, quarantine-tool, quarantine-upstream, alert, tighten-rate-limit: {{limit, period, for}})");
                        break;
                }

                continue;
            }

            if (r.Map(item, p) is not { } map)
            {
                continue;
            }

            foreach (var (key, v) in r.Entries(map, p, "tighten-rate-limit"))
            {
                int limit = 1;
                TimeSpan period = TimeSpan.FromMinutes(1), duration = TimeSpan.FromMinutes(15);
                if (r.Map(v, p + "." + key) is { } args)
                {
                    foreach (var (k, a) in r.Entries(args, p + "." + key, "limit", "period", "for"))
                    {
                        switch (k)
                        {
                            case "limit": limit = r.Int(a, $"{p}.{key}.limit", 1); break;
                            case "period": period = r.Duration(a, $"{p}.{key}.period"); break;
                            default: duration = r.Duration(a, $"{p}.{key}.for"); break;
                        }
                    }
                }

                result.Add(new IncidentActionDefinition(IncidentActionKind.TightenRateLimit, limit, period, duration));
            }
        }

        return result;
    }
}
