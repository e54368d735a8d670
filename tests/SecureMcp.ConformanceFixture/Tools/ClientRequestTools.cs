using System.ComponentModel;
using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace SecureMcp.ConformanceFixture.Tools;

/// <summary>Tools that need the client's help while they run: sampling and elicitation.</summary>
internal static class ClientRequestTools
{
    private const string SamplingKey = "sampling";
    private const string ElicitationKey = "elicitation";

    public static IEnumerable<McpServerTool> Create()
    {
        yield return McpServerTool.Create(
            Sample,
            Options("test_sampling", "Tests server-initiated sampling (LLM completion request)"));

        yield return McpServerTool.Create(
            Elicit,
            Options("test_elicitation", "Tests server-initiated elicitation (user input request)"));
    }

    private static CallToolResult Sample(
        RequestContext<CallToolRequestParams> context,
        [Description("The prompt to send to the LLM")] string prompt)
    {
        if (InputRequests.Find(context, SamplingKey) is { } response)
        {
            var answer = response.Deserialize(InputResponse.CreateMessageResultJsonTypeInfo);
            var text = answer?.Content?.OfType<TextContentBlock>().FirstOrDefault()?.Text ?? "No response";
            return Text($"LLM response: {text}");
        }

        if (context.Server.ClientCapabilities?.Sampling is null)
        {
            return Error("The client does not support sampling.");
        }

        throw InputRequests.Ask(SamplingKey, InputRequest.ForSampling(new CreateMessageRequestParams
        {
            Messages = [new SamplingMessage { Role = Role.User, Content = [new TextContentBlock { Text = prompt }] }],
            MaxTokens = 100,
        }));
    }

    private static CallToolResult Elicit(
        RequestContext<CallToolRequestParams> context,
        [Description("The message to show the user")] string message)
    {
        if (InputRequests.Find(context, ElicitationKey) is { } response)
        {
            return Text($"User response: {Describe(response.Deserialize(InputResponse.ElicitResultJsonTypeInfo))}");
        }

        if (context.Server.ClientCapabilities?.Elicitation is null)
        {
            return Error("The client does not support elicitation.");
        }

        throw InputRequests.Ask(ElicitationKey, InputRequest.ForElicitation(new ElicitRequestParams
        {
            Message = message,
            RequestedSchema = new ElicitRequestParams.RequestSchema
            {
                Properties =
                {
                    ["username"] = new ElicitRequestParams.StringSchema { Description = "User's response" },
                    ["email"] = new ElicitRequestParams.StringSchema { Description = "User's email address" },
                },
                Required = ["username", "email"],
            },
        }));
    }

    /// <summary>Renders an elicitation result as <c>action=…, content={…}</c>.</summary>
    public static string Describe(ElicitResult? result) =>
        $"action={result?.Action ?? "none"}, content={JsonSerializer.Serialize(result?.Content ?? new Dictionary<string, JsonElement>(), McpJsonUtilities.DefaultOptions)}";

    public static CallToolResult Text(string text) => new() { Content = [new TextContentBlock { Text = text }] };

    public static CallToolResult Error(string text) => new() { IsError = true, Content = [new TextContentBlock { Text = text }] };

    private static McpServerToolCreateOptions Options(string name, string description) => new()
    {
        Name = name,
        Description = description,
        ReadOnly = true,
        Destructive = false,
        OpenWorld = true,
    };
}
