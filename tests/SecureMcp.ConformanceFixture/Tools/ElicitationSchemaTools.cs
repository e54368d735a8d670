using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using static ModelContextProtocol.Protocol.ElicitRequestParams;

namespace SecureMcp.ConformanceFixture.Tools;

/// <summary>Tools that elicit with the richer schemas of SEP-1034 (defaults) and SEP-1330 (enum variants).</summary>
internal static class ElicitationSchemaTools
{
    private const string Key = "form";

    public static IEnumerable<McpServerTool> Create()
    {
        yield return McpServerTool.Create(
            (RequestContext<CallToolRequestParams> context) => Elicit(context, "Please review and update the form fields with defaults", DefaultsSchema()),
            Options("test_elicitation_sep1034_defaults", "Tests elicitation with default values per SEP-1034"));

        yield return McpServerTool.Create(
            (RequestContext<CallToolRequestParams> context) => Elicit(context, "Please select options from the enum fields", EnumsSchema()),
            Options("test_elicitation_sep1330_enums", "Tests elicitation with enum schema improvements per SEP-1330"));
    }

    private static CallToolResult Elicit(RequestContext<CallToolRequestParams> context, string message, RequestSchema schema)
    {
        if (InputRequests.Find(context, Key) is { } response)
        {
            var result = response.Deserialize(InputResponse.ElicitResultJsonTypeInfo);
            return ClientRequestTools.Text($"Elicitation completed: {ClientRequestTools.Describe(result)}");
        }

        if (context.Server.ClientCapabilities?.Elicitation is null)
        {
            return ClientRequestTools.Error("The client does not support elicitation.");
        }

        throw InputRequests.Ask(Key, InputRequest.ForElicitation(new ElicitRequestParams { Message = message, RequestedSchema = schema }));
    }

    private static RequestSchema DefaultsSchema() => new()
    {
        Properties =
        {
            ["name"] = new StringSchema { Description = "User name", Default = "John Doe" },
            ["age"] = new NumberSchema { Type = "integer", Description = "User age", Default = 30 },
            ["score"] = new NumberSchema { Type = "number", Description = "User score", Default = 95.5 },
            ["status"] = new UntitledSingleSelectEnumSchema
            {
                Description = "User status",
                Enum = ["active", "inactive", "pending"],
                Default = "active",
            },
            ["verified"] = new BooleanSchema { Description = "Verification status", Default = true },
        },
        Required = [],
    };

    private static RequestSchema EnumsSchema() => new()
    {
        Properties =
        {
            ["untitledSingle"] = new UntitledSingleSelectEnumSchema
            {
                Description = "Select one option",
                Enum = ["option1", "option2", "option3"],
            },
            ["titledSingle"] = new TitledSingleSelectEnumSchema
            {
                Description = "Select one option with titles",
                OneOf = Titled(("value1", "First Option"), ("value2", "Second Option"), ("value3", "Third Option")),
            },
            // The deprecated enumNames form is exactly what the scenario checks.
            ["legacyEnum"] = new LegacyTitledEnumSchema
            {
                Description = "Select one option (legacy)",
                Enum = ["opt1", "opt2", "opt3"],
                EnumNames = ["Option One", "Option Two", "Option Three"],
            },
            ["untitledMulti"] = new UntitledMultiSelectEnumSchema
            {
                Description = "Select multiple options",
                MinItems = 1,
                MaxItems = 3,
                Items = new UntitledEnumItemsSchema { Enum = ["option1", "option2", "option3"] },
            },
            ["titledMulti"] = new TitledMultiSelectEnumSchema
            {
                Description = "Select multiple options with titles",
                MinItems = 1,
                MaxItems = 3,
                Items = new TitledEnumItemsSchema
                {
                    AnyOf = Titled(("value1", "First Choice"), ("value2", "Second Choice"), ("value3", "Third Choice")),
                },
            },
        },
        Required = [],
    };

    private static List<EnumSchemaOption> Titled(params (string Value, string Title)[] options) =>
        options.Select(o => new EnumSchemaOption { Const = o.Value, Title = o.Title }).ToList();

    private static McpServerToolCreateOptions Options(string name, string description) => new()
    {
        Name = name,
        Description = description,
        ReadOnly = true,
        Destructive = false,
        OpenWorld = true,
    };
}
