namespace SecureMcp.Hosting;

/// <summary>MCP protocol revision strings and the behaviour each implies for Streamable HTTP.</summary>
/// <remarks>The SDK keeps its own copy internal, so the HTTP endpoint carries this small one.</remarks>
public static class ProtocolRevisions
{
    /// <summary>The first revision without the initialize handshake and without HTTP sessions.</summary>
    public const string July2026 = "2026-07-28";

    /// <summary>The last revision with HTTP sessions.</summary>
    public const string November2025 = "2025-11-25";

    /// <summary>Every revision the endpoint accepts in the <c>MCP-Protocol-Version</c> header.</summary>
    public static IReadOnlyList<string> Supported { get; } =
        ["2024-11-05", "2025-03-26", "2025-06-18", November2025, July2026];

    /// <summary>True if the revision is served statelessly, with per-request metadata instead of a session.</summary>
    public static bool IsStateless(string? revision) =>
        !string.IsNullOrEmpty(revision) && string.CompareOrdinal(revision, July2026) >= 0;

    /// <summary>True if the revision is one the endpoint knows.</summary>
    public static bool IsSupported(string revision) => Supported.Contains(revision, StringComparer.Ordinal);
}
