using System.Net.Http.Headers;
using System.Text.Json;
using SecureMcp.Identity.Tokens;

namespace SecureMcp.Agents.Hosting;

/// <summary>Gets an access token with a signed client assertion (RFC 7523) and renews it before it expires.</summary>
internal sealed class TokenHandler(AgentOptions options, TimeProvider time) : DelegatingHandler
{
    private static readonly TimeSpan RenewBefore = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _token;
    private DateTimeOffset _expires;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }

    private async Task<string> TokenAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_token is null || time.GetUtcNow() > _expires - RenewBefore)
            {
                var endpoint = options.GatewayUrl.GetLeftPart(UriPartial.Authority) + "/oauth/token";
                using var form = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["grant_type"] = "client_credentials",
                    ["client_id"] = options.Id,
                    ["client_assertion_type"] = TokenEndpoint.JwtBearerAssertionType,
                    ["client_assertion"] = ClientAssertionBuilder.Create(options.Certificate!, endpoint, time),
                });
                using var post = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = form };
                using var response = await base.SendAsync(post, cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    throw new HttpRequestException($"token endpoint refused the agent: {(int)response.StatusCode} {body}");
                }

                using var json = JsonDocument.Parse(body);
                _token = json.RootElement.GetProperty("access_token").GetString()!;
                _expires = time.GetUtcNow().AddSeconds(json.RootElement.GetProperty("expires_in").GetInt64());
            }

            return _token;
        }
        finally
        {
            _gate.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gate.Dispose();
        }

        base.Dispose(disposing);
    }
}
