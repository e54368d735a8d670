using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;
using SecureMcp.ToolServer.Sandbox;

namespace SecureMcp.ToolServer.Tools;

/// <summary><c>file_store</c>: read, write, list and delete files inside the sandbox folder.</summary>
/// <remarks>
/// Not read-only and destructive: write overwrites and delete removes files. Idempotent: repeating a call with
/// the same arguments leaves the sandbox as the first call did. Closed-world: it touches only the sandbox.
/// </remarks>
internal sealed class FileStoreTool(SandboxFileStore store) : ToolBase(
    "file_store",
    "Sandbox file store",
    "Reads, writes, lists and deletes files inside the server's sandbox folder. Paths are relative to the sandbox and use '/'. " +
    "Absolute paths, '..' segments, encoded forms and links that lead outside the sandbox are refused. Writes overwrite existing files " +
    "unless overwrite is false, and are limited in size.",
    Schema,
    new ToolAnnotations { ReadOnlyHint = false, DestructiveHint = true, IdempotentHint = true, OpenWorldHint = false })
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private const string Schema = """
        {
          "type": "object",
          "properties": {
            "action": { "type": "string", "enum": ["read", "write", "list", "delete"], "description": "What to do." },
            "path": { "type": "string", "maxLength": 1024, "description": "Path relative to the sandbox, e.g. data/sales.csv. For list, a folder (default: the sandbox root)." },
            "content": { "type": "string", "description": "The file content for write, as text or base64 (see encoding)." },
            "encoding": { "type": "string", "enum": ["utf8", "base64"], "default": "utf8", "description": "How content is given (write) or returned (read)." },
            "overwrite": { "type": "boolean", "default": true, "description": "For write: replace an existing file." },
            "recursive": { "type": "boolean", "default": false, "description": "For list: include sub-folders (links are listed, not followed)." }
          },
          "required": ["action"],
          "additionalProperties": false
        }
        """;

    protected override CallToolResult Run(ToolArguments args, CancellationToken cancellationToken)
    {
        var action = args.RequiredEnum("action", "read", "write", "list", "delete");
        var encoding = args.OptionalEnum("encoding", "utf8", "utf8", "base64");
        return action switch
        {
            "read" => Read(args.RequiredString("path"), encoding),
            "write" => Write(args.RequiredString("path"), args.RequiredString("content"), encoding, args.OptionalBool("overwrite", true)),
            "delete" => Delete(args.RequiredString("path")),
            _ => List(args.OptionalString("path") ?? string.Empty, args.OptionalBool("recursive", false)),
        };
    }

    private CallToolResult Read(string path, string encoding)
    {
        var bytes = store.Read(path);
        string content;
        try
        {
            content = encoding == "base64" ? Convert.ToBase64String(bytes) : StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new ToolInputException($"File '{path}' is not valid UTF-8 text; read it with encoding base64.");
        }

        return ToolResults.Json(new JsonObject { ["path"] = path, ["size"] = bytes.Length, ["encoding"] = encoding, ["content"] = content });
    }

    private CallToolResult Write(string path, string content, string encoding, bool overwrite)
    {
        byte[] bytes;
        try
        {
            bytes = encoding == "base64" ? Convert.FromBase64String(content) : StrictUtf8.GetBytes(content);
        }
        catch (FormatException)
        {
            throw new ToolInputException("Argument 'content' is not valid base64.");
        }

        var written = store.Write(path, bytes, overwrite);
        return written
            ? ToolResults.Json(new JsonObject { ["path"] = path, ["written"] = true, ["bytesWritten"] = bytes.Length })
            : ToolResults.Error($"File '{path}' exists and overwrite is false.");
    }

    private CallToolResult Delete(string path)
    {
        store.Delete(path);
        return ToolResults.Json(new JsonObject { ["path"] = path, ["deleted"] = true });
    }

    private CallToolResult List(string path, bool recursive)
    {
        var entries = store.List(path, recursive);
        return ToolResults.Json(new JsonObject
        {
            ["path"] = path,
            ["truncated"] = entries.Count >= SandboxFileStore.MaxListEntries,
            ["entries"] = new JsonArray(entries.Select(e => (JsonNode?)new JsonObject
            {
                ["path"] = e.Path,
                ["kind"] = e.Kind,
                ["size"] = e.Size,
                ["modified"] = e.Modified.ToString("O", CultureInfo.InvariantCulture),
            }).ToArray()),
        });
    }
}
