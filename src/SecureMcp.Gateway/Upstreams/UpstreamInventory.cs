using Microsoft.Extensions.Logging;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using SecureMcp.Gateway.Configuration;

namespace SecureMcp.Gateway.Upstreams;

/// <summary>Connects once to each configured upstream and reads what it offers, without serving anything (for <c>securemcp scan</c>).</summary>
public static class UpstreamInventory
{
    /// <summary>One upstream's tools, or why they could not be read.</summary>
    /// <param name="Server">The upstream name.</param>
    /// <param name="Tools">Its tool definitions, exactly as it listed them.</param>
    /// <param name="Error">Why the upstream could not be read; null on success.</param>
    public sealed record Entry(string Server, IReadOnlyList<Tool> Tools, string? Error);

    /// <summary>Reads every upstream of a configuration, in parallel.</summary>
    public static async Task<IReadOnlyList<Entry>> ReadAsync(GatewayConfig config, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(config);
        return await Task.WhenAll(config.Upstreams.Select(u => ReadOneAsync(u, loggerFactory, cancellationToken)));
    }

    private static async Task<Entry> ReadOneAsync(UpstreamConfig upstream, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(upstream.ConnectTimeout + upstream.CallTimeout);
        try
        {
            var transport = UpstreamTransportFactory.Create(upstream, loggerFactory, _ => { });
            await using var client = await McpClient.CreateAsync(transport, new McpClientOptions
            {
                ClientInfo = new Implementation { Name = "securemcp-scan", Version = GatewayInfo.Version },
                ProtocolVersion = upstream.ProtocolVersion,
            }, loggerFactory, timeout.Token);
            var catalog = await UpstreamConnection.FetchCatalogAsync(client, timeout.Token);
            return new Entry(upstream.Name, catalog.Tools, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new Entry(upstream.Name, [], ex is OperationCanceledException ? "timed out" : ex.Message);
        }
    }
}
