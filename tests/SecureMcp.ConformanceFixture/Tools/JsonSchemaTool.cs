using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace SecureMcp.ConformanceFixture.Tools;

/// <summary>A tool whose input schema uses JSON Schema 2020-12 keywords ($schema, $defs, additionalProperties) (SEP-1613).</summary>
internal static class JsonSchemaTool
{
    private const string InputSchema = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "type": "object",
          "$defs": {
            "address": {
              "type": "object",
              "properties": {
                "street": { "type": "string" },
                "city": { "type": "string" }
              }
            }
          },
          "properties": {
            "name": { "type": "string" },
            "address": { "$ref": "#/$defs/address" }
          },
          "additionalProperties": false
        }
        """;

    public static McpServerTool Create()
    {
        var tool = McpServerTool.Create(
            (RequestContext<CallToolRequestParams> context) => Echo(context.Params?.Arguments),
            new McpServerToolCreateOptions
            {
                Name = "json_schema_2020_12_tool",
                Description = "Tool with JSON Schema 2020-12 features for conformance testing (SEP-1613)",
                ReadOnly = true,
                Destructive = false,
                OpenWorld = false,
            });

        // The schema is published verbatim; the handler reads the raw arguments instead of binding them.
        tool.ProtocolTool.InputSchema = JsonElement.Parse(InputSchema);
        return tool;
    }

    private static string Echo(IDictionary<string, JsonElement>? arguments) =>
        $"JSON Schema 2020-12 tool called with: {JsonSerializer.Serialize(arguments ?? new Dictionary<string, JsonElement>(), McpJsonUtilities.DefaultOptions)}";
}
