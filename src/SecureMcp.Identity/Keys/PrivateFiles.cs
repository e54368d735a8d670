namespace SecureMcp.Identity.Keys;

/// <summary>Writes secret files readable by their owner only, and refuses to read ones that others can read.</summary>
internal static class PrivateFiles
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OthersAny = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute |
                                           UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    public static void CreateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    /// <summary>Writes <paramref name="content"/> to a temporary 0600 file and renames it over <paramref name="path"/>.</summary>
    public static void Write(string path, ReadOnlySpan<byte> content)
    {
        var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        using (var stream = new FileStream(temporary, options))
        {
            stream.Write(content);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Reads a secret file after checking no one but its owner can read or write it.</summary>
    public static byte[] Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new KeyStoreException($"Key file '{path}' does not exist.");
        }

        EnsurePrivate(path);
        return File.ReadAllBytes(path);
    }

    public static void EnsurePrivate(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var mode = File.GetUnixFileMode(path);
        if ((mode & OthersAny) != 0)
        {
            throw new KeyStoreException(
                $"Refusing to use key file '{path}': its mode {Convert.ToString((int)mode, 8)} lets group or others access it. Run: chmod 600 '{path}'.");
        }
    }
}
