namespace SecureMcp.ToolServer.Sandbox;

/// <summary>Reads, writes, lists and deletes files inside one sandbox folder, with a size limit.</summary>
internal sealed class SandboxFileStore
{
    public const int MaxListEntries = 1000;

    private readonly SandboxPathResolver _resolver;

    public SandboxFileStore(string root, long maxFileBytes)
    {
        _resolver = new SandboxPathResolver(root);
        MaxFileBytes = maxFileBytes;
    }

    public long MaxFileBytes { get; }

    public string Root => _resolver.RealRoot;

    public byte[] Read(string path)
    {
        var full = _resolver.Resolve(path);
        var info = new FileInfo(full);
        if (!info.Exists)
        {
            throw new FileNotFoundException($"File '{path}' does not exist in the sandbox.");
        }

        if (info.Length > MaxFileBytes)
        {
            throw new IOException($"File '{path}' is {info.Length} bytes, over the {MaxFileBytes}-byte limit.");
        }

        return File.ReadAllBytes(full);
    }

    /// <summary>Writes a file, creating parent folders inside the sandbox. Returns false when it exists and overwrite is off.</summary>
    public bool Write(string path, ReadOnlySpan<byte> content, bool overwrite)
    {
        if (content.Length > MaxFileBytes)
        {
            throw new IOException($"Content is {content.Length} bytes, over the {MaxFileBytes}-byte limit.");
        }

        var full = RequireFilePath(path);
        if (Directory.Exists(full))
        {
            throw new IOException($"'{path}' is a directory.");
        }

        if (File.Exists(full) && !overwrite)
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using var stream = new FileStream(full, FileMode.Create, FileAccess.Write, FileShare.None);
        stream.Write(content);
        return true;
    }

    public void Delete(string path)
    {
        var full = RequireFilePath(path);
        if (Directory.Exists(full))
        {
            throw new IOException($"'{path}' is a directory; file_store deletes files only.");
        }

        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"File '{path}' does not exist in the sandbox.");
        }

        File.Delete(full);
    }

    public IReadOnlyList<SandboxEntry> List(string path, bool recursive)
    {
        var full = _resolver.Resolve(path);
        if (!Directory.Exists(full))
        {
            throw new DirectoryNotFoundException($"Folder '{path}' does not exist in the sandbox.");
        }

        var entries = new List<SandboxEntry>();
        Collect(new DirectoryInfo(full), recursive, entries);
        return entries;
    }

    private void Collect(DirectoryInfo folder, bool recursive, List<SandboxEntry> entries)
    {
        foreach (var item in folder.EnumerateFileSystemInfos().OrderBy(i => i.Name, StringComparer.Ordinal))
        {
            if (entries.Count >= MaxListEntries)
            {
                return;
            }

            var kind = item.LinkTarget is not null ? "link" : item is DirectoryInfo ? "directory" : "file";
            var size = item is FileInfo file && kind == "file" ? file.Length : 0;
            entries.Add(new SandboxEntry(_resolver.ToRelative(item.FullName), kind, size, item.LastWriteTimeUtc));
            if (recursive && kind == "directory")
            {
                Collect((DirectoryInfo)item, recursive, entries);
            }
        }
    }

    private string RequireFilePath(string path)
    {
        var full = _resolver.Resolve(path);
        return full == _resolver.RealRoot ? throw new SandboxViolationException("The sandbox root is not a file.") : full;
    }
}
