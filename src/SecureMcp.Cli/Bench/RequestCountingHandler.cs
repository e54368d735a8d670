namespace SecureMcp.Cli.Bench;

/// <summary>Counts every HTTP request an MCP client sends, in a <see cref="ConnectionCounter"/>.</summary>
internal sealed class RequestCountingHandler(ConnectionCounter counter) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        counter.OnRequest();
        return base.SendAsync(request, cancellationToken);
    }
}
