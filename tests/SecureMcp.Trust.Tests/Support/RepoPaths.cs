namespace SecureMcp.Trust.Tests.Support;

internal static class RepoPaths
{
    /// <summary>Walks up from the test binaries to the directory holding config/trust.yaml.</summary>
    public static string TrustYaml()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "config", "trust.yaml");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("config/trust.yaml not found above " + AppContext.BaseDirectory);
    }
}
