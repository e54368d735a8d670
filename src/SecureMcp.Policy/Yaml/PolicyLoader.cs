using SecureMcp.Policy.Engine;

namespace SecureMcp.Policy.Yaml;

/// <summary>Parses, validates and compiles policy text or files.</summary>
internal static class PolicyLoader
{
    public static PolicyLoadResult FromText(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var errors = new List<PolicyError>();
        var document = PolicyParser.Parse(yaml, errors);
        var policy = document is null ? null : PolicyCompiler.Compile(document, errors);
        return new PolicyLoadResult(errors.Count == 0 ? policy : null, errors);
    }

    public static PolicyLoadResult FromFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new PolicyLoadResult(null, [new PolicyError(0, path, $"cannot read the policy file: {ex.Message}")]);
        }

        return FromText(text);
    }

    /// <summary>Loads or throws <see cref="PolicyValidationException"/> naming every problem.</summary>
    public static CompiledPolicy LoadOrThrow(string path)
    {
        var result = FromFile(path);
        return result.Policy ?? throw new PolicyValidationException(path, result.Errors);
    }
}
