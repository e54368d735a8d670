using System.Collections.Concurrent;
using System.Net;
using ModelContextProtocol.Client;

namespace SecureMcp.IntegrationTests.Support;

/// <summary>A running <c>securemcp agent --peer-listen</c> process: its MCP client, announced endpoint, audit chain and stderr.</summary>
internal sealed record MessagingAgent(string Id, McpClient Client, IPEndPoint Endpoint, string AuditPath, ConcurrentQueue<string> Stderr);
