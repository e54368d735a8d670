using Microsoft.AspNetCore.Http;

namespace SecureMcp.Hosting;

/// <summary>Refuses requests whose Host or Origin is not expected: the DNS-rebinding defence the MCP spec asks for.</summary>
internal static class HostValidator
{
    private static readonly string[] LoopbackNames = ["localhost", "127.0.0.1", "[::1]", "::1"];

    /// <summary>Returns null if the request is acceptable, or the reason it is not.</summary>
    public static string? Check(HttpRequest request, McpHttpEndpointOptions options)
    {
        var host = request.Host.Host;
        if (string.IsNullOrEmpty(host))
        {
            return "missing Host header";
        }

        if (!IsAllowed(host, options.AllowedHosts))
        {
            return $"Host '{host}' is not allowed";
        }

        var origin = request.Headers.Origin.ToString();
        if (string.IsNullOrEmpty(origin))
        {
            return null;
        }

        if (options.AllowedOrigins.Contains(origin, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        if (options.AllowedOrigins.Count == 0 && Uri.TryCreate(origin, UriKind.Absolute, out var uri) && IsLoopback(uri.Host))
        {
            return null;
        }

        return $"Origin '{origin}' is not allowed";
    }

    private static bool IsAllowed(string host, IReadOnlyList<string> allowed)
    {
        if (allowed.Count == 0)
        {
            return IsLoopback(host);
        }

        return allowed.Contains("*", StringComparer.Ordinal) || allowed.Contains(host, StringComparer.OrdinalIgnoreCase);
    }

    private static bool IsLoopback(string host) =>
        LoopbackNames.Contains(host, StringComparer.OrdinalIgnoreCase) || host.StartsWith("127.", StringComparison.Ordinal);
}
