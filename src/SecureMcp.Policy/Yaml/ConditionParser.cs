using SecureMcp.Policy.Model;
using YamlDotNet.RepresentationModel;

namespace SecureMcp.Policy.Yaml;

/// <summary>
/// Parses one condition entry: <c>attribute: value</c> (equals), <c>attribute: [a, b]</c> (in), or
/// <c>attribute: { operator: operand, … }</c> (every operator must hold).
/// </summary>
internal static class ConditionParser
{
    public static IEnumerable<ConditionDefinition> Parse(YamlReader r, string attribute, YamlNode node, string path)
    {
        var line = YamlReader.LineOf(node);
        switch (node)
        {
            case YamlScalarNode scalar:
                return [new ConditionDefinition(attribute, "equals", [scalar.Value ?? ""], path, line)];
            case YamlSequenceNode:
                return [new ConditionDefinition(attribute, "in", r.Strings(node, path), path, line)];
        }

        var result = new List<ConditionDefinition>();
        if (r.Map(node, path) is { } map)
        {
            foreach (var (op, operand) in r.Entries(map, path))
            {
                result.Add(new ConditionDefinition(attribute, op, r.Strings(operand, path + "." + op), path + "." + op, YamlReader.LineOf(operand)));
            }
        }

        return result;
    }
}
