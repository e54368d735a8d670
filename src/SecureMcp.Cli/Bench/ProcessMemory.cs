namespace SecureMcp.Cli.Bench;

/// <summary>Reads a process's resident memory from /proc (Linux).</summary>
internal static class ProcessMemory
{
    /// <summary>Resident set size now (<c>VmRSS</c>), or null where /proc is absent.</summary>
    public static long? ResidentBytes(int pid) => Read(pid, "VmRSS:");

    /// <summary>The largest resident set size so far (<c>VmHWM</c>), or null where /proc is absent.</summary>
    public static long? PeakResidentBytes(int pid) => Read(pid, "VmHWM:");

    private static long? Read(int pid, string field)
    {
        var status = $"/proc/{pid}/status";
        if (!File.Exists(status))
        {
            return null;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        var kb = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(1);
        return long.TryParse(kb, out var value) ? value * 1024 : null;
    }
}
