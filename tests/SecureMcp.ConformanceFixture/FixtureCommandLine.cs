namespace SecureMcp.ConformanceFixture;

/// <summary>The fixture's command line: <c>--http URL</c> or <c>--stdio</c>.</summary>
/// <param name="HttpUrl">The URL to serve Streamable HTTP on, or null for stdio.</param>
internal sealed record FixtureCommandLine(string? HttpUrl)
{
    public const string Usage = "usage: SecureMcp.ConformanceFixture (--http http://127.0.0.1:PORT | --stdio)";

    /// <summary>Parses the arguments; returns null (and an error) when they are not understood.</summary>
    public static FixtureCommandLine? TryParse(IReadOnlyList<string> args, out string? error)
    {
        error = null;
        if (args.Count == 1 && args[0] == "--stdio")
        {
            return new FixtureCommandLine(HttpUrl: null);
        }

        if (args.Count == 2 && args[0] == "--http")
        {
            if (Uri.TryCreate(args[1], UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            {
                return new FixtureCommandLine(args[1]);
            }

            error = $"--http needs an absolute http(s) URL (got '{args[1]}')";
            return null;
        }

        error = "expected --http URL or --stdio";
        return null;
    }
}
