using System.Net;
using System.Text;
using ModelContextProtocol;
using ModelContextProtocol.Client;

namespace SecureMcp.Cli.Demo;

/// <summary>Attempts the demo makes on purpose, each of which the gateway must refuse (and audit).</summary>
internal static class SecurityProbes
{
    /// <summary>Runs every probe; returns (description, refused as expected, what happened).</summary>
    public static async Task<List<(string Probe, bool Refused, string Detail)>> RunAsync(string mcpUrl, McpClient client, HttpClient http, CancellationToken cancellationToken)
    {
        var results = new List<(string, bool, string)>();

        using (var request = NewPost(mcpUrl, """{"jsonrpc":"2.0","id":1,"method":"tools/list"}"""))
        {
            using var response = await http.SendAsync(request, cancellationToken);
            results.Add(("call without credentials", response.StatusCode == HttpStatusCode.Unauthorized,
                $"HTTP {(int)response.StatusCode}, WWW-Authenticate: {response.Headers.WwwAuthenticate}"));
        }

        using (var request = NewPost(mcpUrl, """{"jsonrpc":"2.0","id":1,"method":"tools/list"}"""))
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "smk_not-a-real-key");
            using var response = await http.SendAsync(request, cancellationToken);
            results.Add(("call with a forged API key", response.StatusCode == HttpStatusCode.Unauthorized, $"HTTP {(int)response.StatusCode}"));
        }

        results.Add(await ExpectRefusalAsync("call to a tool that does not exist", () =>
            client.CallToolAsync("toolserver__format_disk", new Dictionary<string, object?>(), cancellationToken: cancellationToken)));
        results.Add(await ExpectRefusalAsync("arguments that break the input schema", () =>
            client.CallToolAsync("toolserver__visualizer", new Dictionary<string, object?> { ["rows"] = "not-an-array", ["type"] = "pie" }, cancellationToken: cancellationToken)));
        results.Add(await ExpectRefusalAsync("file_store path escaping the sandbox", () =>
            client.CallToolAsync("toolserver__file_store", new Dictionary<string, object?> { ["action"] = "read", ["path"] = "../../etc/passwd" }, cancellationToken: cancellationToken)));
        return results;
    }

    private static HttpRequestMessage NewPost(string url, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Accept.ParseAdd("text/event-stream");
        return request;
    }

    /// <summary>Refused by the gateway (a JSON-RPC error) or by the upstream's own checks (a tool error result).</summary>
    private static async Task<(string, bool, string)> ExpectRefusalAsync(string probe, Func<ValueTask<ModelContextProtocol.Protocol.CallToolResult>> call)
    {
        try
        {
            var result = await call();
            var text = string.Join(" ", result.Content.OfType<ModelContextProtocol.Protocol.TextContentBlock>().Select(t => t.Text));
            return (probe, result.IsError == true, (result.IsError == true ? "tool error: " : "not refused: ") + (text.Length > 120 ? text[..120] + "…" : text));
        }
        catch (McpProtocolException ex)
        {
            return (probe, true, $"JSON-RPC {(int)ex.ErrorCode}: {ex.Message}");
        }
    }
}
