using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SecureMcp.Allocation.Config;

/// <summary>Reads <see cref="AllocationOptions"/> from YAML (snake_case keys, as in <c>config/allocation.yaml</c>).</summary>
public static class AllocationOptionsLoader
{
    /// <summary>Parses and validates YAML text. Missing keys keep their defaults; unknown keys are errors.</summary>
    /// <exception cref="AllocationConfigurationException">The YAML is malformed, has unknown keys, or a value is out of range.</exception>
    public static AllocationOptions FromYaml(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .WithTypeMapping<IReadOnlyList<string>, List<string>>()
            .Build();
        AllocationOptions? options;
        try
        {
            options = deserializer.Deserialize<AllocationOptions?>(yaml);
        }
        catch (YamlException ex)
        {
            throw new AllocationConfigurationException($"allocation.yaml line {ex.Start.Line}: {ex.InnerException?.Message ?? ex.Message}", ex);
        }

        return (options ?? new AllocationOptions()).EnsureValid();
    }

    /// <summary>Reads, parses and validates a YAML file.</summary>
    public static AllocationOptions FromFile(string path) => FromYaml(File.ReadAllText(path));
}
