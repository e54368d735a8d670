using ModelContextProtocol.Protocol;

namespace SecureMcp.ConformanceFixture.Handlers;

/// <summary>Suggestions for prompt arguments and template variables, filtered by the prefix the client typed.</summary>
internal static class CompletionCatalog
{
    private static readonly string[] PromptValues = ["test", "testValue1", "testValue2", "hello", "world"];
    private static readonly string[] TemplateIds = ["1", "42", "123"];

    public static CompleteResult Complete(CompleteRequestParams? request)
    {
        var candidates = request?.Ref switch
        {
            PromptReference { Name: "test_prompt_with_arguments" } => PromptValues,
            ResourceTemplateReference { Uri: "test://template/{id}/data" } when request.Argument.Name == "id" => TemplateIds,
            _ => [],
        };
        var prefix = request?.Argument.Value ?? string.Empty;
        var values = candidates.Where(v => v.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        return new CompleteResult { Completion = new Completion { Values = values, Total = values.Count, HasMore = false } };
    }
}
