using System.Globalization;
using System.Text.Json.Nodes;
using SecureMcp.Agents.Tasks;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SecureMcp.Agents.Hosting;

/// <summary>An agent's settings from a YAML file (<c>securemcp agent --config FILE</c>); command-line flags override them.</summary>
/// <remarks>Paths are resolved against the file's folder. An unknown key, a wrong type or a list where a value belongs is
/// refused with a <see cref="FormatException"/> naming the key.</remarks>
public sealed record AgentConfigFile
{
    private static readonly HashSet<string> Keys = new(StringComparer.Ordinal)
    {
        "id", "gateway", "auth", "keyEnv", "capabilities", "behavior", "seed", "cert", "certKey", "caRoot", "peerListen", "caDir", "audit",
    };

    private static readonly HashSet<string> PathKeys = new(StringComparer.Ordinal) { "cert", "certKey", "caRoot", "caDir", "audit" };

    private readonly Dictionary<string, string> _values;

    private AgentConfigFile(Dictionary<string, string> values, IReadOnlyList<string> capabilities)
    {
        _values = values;
        Capabilities = capabilities;
    }

    /// <summary>The capabilities the file declares.</summary>
    public IReadOnlyList<string> Capabilities { get; }

    /// <summary>A scalar setting, or null when the file does not set it.</summary>
    public string? this[string key] => _values.GetValueOrDefault(key);

    /// <summary>Reads and checks a file.</summary>
    public static AgentConfigFile Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            throw new FormatException($"agent config: line {ex.Start.Line}: {ex.Message}", ex);
        }

        var root = stream.Documents.Count == 0 ? new JsonObject() : YamlToJson.Convert(stream.Documents[0].RootNode) as JsonObject
            ?? throw new FormatException("agent config: the file must be a mapping of settings");
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var capabilities = new List<string>();
        foreach (var (key, node) in root)
        {
            if (!Keys.Contains(key))
            {
                throw new FormatException($"agent config: unknown key '{key}' (known: {string.Join(", ", Keys.Order(StringComparer.Ordinal))})");
            }

            if (key == "capabilities")
            {
                capabilities.AddRange(node is JsonArray list
                    ? list.Select(c => c is JsonValue v && v.TryGetValue<string>(out var s) ? s : throw new FormatException("agent config: capabilities must be a list of names"))
                    : throw new FormatException("agent config: capabilities must be a list of names"));
                continue;
            }

            if (node is not JsonValue value)
            {
                throw new FormatException($"agent config: '{key}' must be a single value");
            }

            var text = value.TryGetValue<string>(out var s) ? s : Convert.ToString(value.GetValue<object>(), CultureInfo.InvariantCulture)!;
            values[key] = PathKeys.Contains(key) ? Path.GetFullPath(text, folder) : text;
        }

        return new AgentConfigFile(values, capabilities);
    }
}
