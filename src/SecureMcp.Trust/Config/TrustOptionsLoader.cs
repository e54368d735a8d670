using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SecureMcp.Trust.Config;

/// <summary>Reads <see cref="TrustOptions"/> from YAML (snake_case keys, as in <c>config/trust.yaml</c>).</summary>
public static class TrustOptionsLoader
{
    /// <summary>Parses and validates YAML text. Missing keys keep their defaults; unknown keys are errors.</summary>
    /// <exception cref="TrustConfigurationException">The YAML is malformed, has unknown keys, or a value is out of range.</exception>
    public static TrustOptions FromYaml(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .WithTypeMapping<IReadOnlyList<string>, List<string>>()
            .Build();
        TrustOptions? options;
        try
        {
            options = deserializer.Deserialize<TrustOptions?>(yaml);
        }
        catch (YamlException ex)
        {
            throw new TrustConfigurationException($"trust.yaml line {ex.Start.Line}: {ex.InnerException?.Message ?? ex.Message}", ex);
        }

        return (options ?? new TrustOptions()).EnsureValid();
    }

    /// <summary>Reads, parses and validates a YAML file.</summary>
    public static TrustOptions FromFile(string path) => FromYaml(File.ReadAllText(path));
}
