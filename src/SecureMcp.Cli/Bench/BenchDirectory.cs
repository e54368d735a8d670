namespace SecureMcp.Cli.Bench;

/// <summary>A temporary working folder for one benchmark run (configuration, audit database, CA), removed afterwards.</summary>
internal sealed class BenchDirectory : IDisposable
{
    private BenchDirectory(string path) => Path = path;

    public string Path { get; }

    public static BenchDirectory Create(string prefix) => new(Directory.CreateTempSubdirectory(prefix).FullName);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A child process may still hold a file for a moment; the folder is in the temporary directory anyway.
        }
    }
}
