namespace SecureMcp.Cli.Bench;

/// <summary>Reads a process's resident memory from /proc (Linux).</summary>
internal static class ProcessMemory
{
    public static long? ResidentBytes(int pid)
    {
        var status = $"/proc/{pid}/status";
        if (!File.Exists(status))
        {
            return null;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kb = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(1);
        return long.TryParse(kb, out var value) ? value * 1024 : null;
    }
}
