using System.Text.Json;

namespace SecureMcp.Cli.Bench;

/// <summary>Asks a plain-HTTP gateway how many MCP sessions it holds open (from <c>/healthz</c>).</summary>
internal sealed class GatewayProbe(Uri mcpUrl) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri(mcpUrl.GetLeftPart(UriPartial.Authority)) };

    public async Task<int> OpenSessionsAsync(CancellationToken cancellationToken)
    {
        await using var body = await _http.GetStreamAsync(new Uri("/healthz", UriKind.Relative), cancellationToken);
        using var health = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        return health.RootElement.GetProperty("sessions").GetInt32();
    }

    public void Dispose() => _http.Dispose();
}
