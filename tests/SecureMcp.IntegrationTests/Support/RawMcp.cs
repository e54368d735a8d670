using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace SecureMcp.IntegrationTests.Support;

/// <summary>Speaks raw Streamable HTTP to the gateway, to send what a well-behaved SDK client never would.</summary>
internal sealed class RawMcp(string url, string? key) : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    public string? SessionId { get; set; }

    public async Task<(int Status, JsonDocument? Body, HttpResponseMessage Response)> PostAsync(string body, string? protocolVersion = "2025-11-25", string? host = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        if (SessionId is not null)
        {
            request.Headers.Add("Mcp-Session-Id", SessionId);
        }

        if (protocolVersion is not null && SessionId is not null)
        {
            request.Headers.Add("MCP-Protocol-Version", protocolVersion);
        }

        if (host is not null)
        {
            request.Headers.Host = host;
        }

        var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, Parse(text, response.Content.Headers.ContentType?.MediaType), response);
    }

    /// <summary>Opens a 2025-11-25 session with initialize + initialized.</summary>
    public async Task OpenSessionAsync()
    {
        var (status, _, response) = await PostAsync("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}""");
        if (status != 200)
        {
            throw new InvalidOperationException($"initialize failed with HTTP {status}");
        }

        SessionId = response.Headers.GetValues("Mcp-Session-Id").Single();
        await PostAsync("""{"jsonrpc":"2.0","method":"notifications/initialized"}""");
    }

    private static JsonDocument? Parse(string text, string? mediaType)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (mediaType == "text/event-stream")
        {
            var data = text.Split('\n').Where(l => l.StartsWith("data:", StringComparison.Ordinal)).Select(l => l[5..].Trim()).LastOrDefault(l => l.Length > 0);
            return data is null ? null : JsonDocument.Parse(data);
        }

        return JsonDocument.Parse(text);
    }

    public void Dispose() => _http.Dispose();
}
