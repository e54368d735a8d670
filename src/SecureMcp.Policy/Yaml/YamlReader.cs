using System.Globalization;
using SecureMcp.Policy.Matching;
using YamlDotNet.RepresentationModel;

namespace SecureMcp.Policy.Yaml;

/// <summary>Typed reads from a YAML node tree that record every problem with its line and key path instead of throwing.</summary>
internal sealed class YamlReader(List<PolicyError> errors)
{
    public List<PolicyError> Errors { get; } = errors;

    public static int LineOf(YamlNode node) => (int)node.Start.Line;

    public void Error(YamlNode node, string path, string message) => Errors.Add(new PolicyError(LineOf(node), path, message));

    public YamlMappingNode? Map(YamlNode node, string path)
    {
        if (node is YamlMappingNode map)
        {
            return map;
        }

        if (node is YamlScalarNode { Value: null or "" or "~" or "null" })
        {
            return new YamlMappingNode();
        }

        Error(node, path, "expected a mapping (key: value)");
        return null;
    }

    public YamlSequenceNode? Sequence(YamlNode node, string path)
    {
        if (node is YamlSequenceNode seq)
        {
            return seq;
        }

        Error(node, path, "expected a list");
        return null;
    }

    public string? Scalar(YamlNode node, string path)
    {
        if (node is YamlScalarNode scalar && scalar.Value is not null)
        {
            return scalar.Value;
        }

        Error(node, path, "expected a single value");
        return null;
    }

    /// <summary>A scalar or a list of scalars.</summary>
    public List<string> Strings(YamlNode node, string path)
    {
        var result = new List<string>();
        if (node is YamlScalarNode scalar)
        {
            if (scalar.Value is { Length: > 0 } value)
            {
                result.Add(value);
            }

            return result;
        }

        if (Sequence(node, path) is { } seq)
        {
            foreach (var (item, i) in seq.Children.Select((c, i) => (c, i)))
            {
                if (Scalar(item, $"{path}[{i}]") is { } s)
                {
                    result.Add(s);
                }
            }
        }

        return result;
    }

    public bool Bool(YamlNode node, string path)
    {
        if (Scalar(node, path) is { } s)
        {
            if (bool.TryParse(s, out var b))
            {
                return b;
            }

            Error(node, path, $"'{s}' is not true or false");
        }

        return false;
    }

    public int Int(YamlNode node, string path, int min)
    {
        if (Scalar(node, path) is { } s)
        {
            if (int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) && i >= min)
            {
                return i;
            }

            Error(node, path, $"'{s}' is not a whole number of at least {min}");
        }

        return min;
    }

    public double Double(YamlNode node, string path, double min, double max)
    {
        if (Scalar(node, path) is { } s)
        {
            if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d >= min && d <= max)
            {
                return d;
            }

            Error(node, path, $"'{s}' is not a number between {min} and {max}");
        }

        return min;
    }

    public TimeSpan Duration(YamlNode node, string path)
    {
        if (Scalar(node, path) is { } s)
        {
            if (DurationText.TryParse(s, out var d))
            {
                return d;
            }

            Error(node, path, $"'{s}' is not a duration (for example 500ms, 30s, 5m, 2h, 1d)");
        }

        return TimeSpan.FromSeconds(1);
    }

    /// <summary>The entries of a mapping with scalar keys, reporting keys outside <paramref name="allowed"/>.</summary>
    public IEnumerable<(string Key, YamlNode Value)> Entries(YamlMappingNode map, string path, params string[] allowed)
    {
        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (allowed.Length > 0 && !allowed.Contains(key, StringComparer.Ordinal))
            {
                Error(keyNode, Join(path, key), $"unknown key '{key}' (expected one of: {string.Join(", ", allowed)})");
                continue;
            }

            yield return (key, value);
        }
    }

    public static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;
}
