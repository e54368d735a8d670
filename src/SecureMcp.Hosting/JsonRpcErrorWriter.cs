using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace SecureMcp.Hosting;

/// <summary>Writes a JSON-RPC error response with an HTTP status.</summary>
internal static class JsonRpcErrorWriter
{
    public static async Task WriteAsync(HttpContext context, int statusCode, int code, string message, RequestId id = default)
    {
        if (context.Response.HasStarted)
        {
            return;
        }

        var error = new JsonRpcError { Id = id, Error = new JsonRpcErrorDetail { Code = code, Message = message } };
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json";
        var bytes = JsonSerializer.SerializeToUtf8Bytes(error, McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(JsonRpcError)));
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }
}
