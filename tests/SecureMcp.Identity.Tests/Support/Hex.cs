namespace SecureMcp.Identity.Tests.Support;

internal static class Hex
{
    public static byte[] Bytes(string hex) => Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal));

    public static byte[] Range(int from, int toInclusive) => [.. Enumerable.Range(from, toInclusive - from + 1).Select(i => (byte)i)];
}
