namespace SecureMcp.IntegrationTests.Support;

/// <summary>Locates the securemcp CLI built next to the tests and the repository root.</summary>
internal static class CliPaths
{
    /// <summary>The CLI assembly, copied into the test output by the project reference.</summary>
    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "securemcp.dll");

    /// <summary>The command and arguments that run <c>securemcp</c>.</summary>
    public static (string Command, string[] Args) Command(params string[] args) => ("dotnet", [Dll, .. args]);

    /// <summary>The repository root (the folder with SecureMcp.sln).</summary>
    public static string RepoRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SecureMcp.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
