using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace SecureMcp.ConformanceFixture.Tools;

/// <summary>
/// Asks the client for input the way SDK 2.3.1 serves every revision: the tool throws
/// <see cref="InputRequiredException"/>, and is called again with the answer in <c>inputResponses</c>.
/// </summary>
/// <remarks>
/// For a 2026-07-28 client that is a multi-round-trip request (SEP-2322); for a 2025 session the SDK itself sends
/// <c>elicitation/create</c> or <c>sampling/createMessage</c> to the client and re-invokes the tool. A direct
/// <c>McpServer.ElicitAsync</c> would work only in a session and throws in stateless mode.
/// </remarks>
internal static class InputRequests
{
    /// <summary>The client's answer to the input request named <paramref name="key"/>, once it has been given.</summary>
    public static InputResponse? Find(RequestContext<CallToolRequestParams> context, string key) =>
        context.Params?.InputResponses is { } responses && responses.TryGetValue(key, out var response) ? response : null;

    /// <summary>Ends this round: the client must answer <paramref name="request"/> and call the tool again.</summary>
    public static InputRequiredException Ask(string key, InputRequest request) =>
        new(new Dictionary<string, InputRequest>(StringComparer.Ordinal) { [key] = request });
}
