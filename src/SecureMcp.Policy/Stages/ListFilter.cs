using ModelContextProtocol.Protocol;
using SecureMcp.Policy.Model;

namespace SecureMcp.Policy.Stages;

/// <summary>Removes from list results every tool, prompt, resource and template the principal may not use.</summary>
internal static class ListFilter
{
    public static Result Apply(Result result, Func<ListedTarget, bool> visible)
    {
        switch (result)
        {
            case ListToolsResult tools:
                tools.Tools = [.. tools.Tools.Where(t => visible(new(TargetKind.Tool, t.Name)))];
                break;
            case ListPromptsResult prompts:
                prompts.Prompts = [.. prompts.Prompts.Where(p => visible(new(TargetKind.Prompt, p.Name)))];
                break;
            case ListResourcesResult resources:
                resources.Resources = [.. resources.Resources.Where(r => visible(new(TargetKind.Resource, r.Uri)))];
                break;
            case ListResourceTemplatesResult templates:
                templates.ResourceTemplates = [.. templates.ResourceTemplates.Where(t => visible(new(TargetKind.Resource, t.UriTemplate)))];
                break;
        }

        return result;
    }
}
