using System.Text;

namespace SecureMcp.Cli.Demo;

/// <summary>The demo's authorization policy: agents may use the data tools, and files only under archive/.</summary>
internal static class DemoPolicy
{
    public static string For(IEnumerable<string> agents)
    {
        var yaml = new StringBuilder("""
            version: 1
            settings:
              trustAuthenticatedRoles: true
            roles:
              agent:
                tools: [toolserver__data_processor, toolserver__analyzer, toolserver__validator, toolserver__transformer,
                        toolserver__aggregator, toolserver__visualizer, toolserver__reporter]
              analyst:
                tools: ["toolserver__*"]
            incidents:
              - id: repeated-denials
                kinds: [policy.denied]
                count: 3
                within: 1m
                actions: [quarantine-principal]
            principals:

            """);
        foreach (var agent in agents)
        {
            yaml.AppendLine($"  {agent}:");
            yaml.AppendLine("    capabilities:");
            yaml.AppendLine($"      - id: {agent}-archive");
            yaml.AppendLine("        tools: [toolserver__file_store]");
            yaml.AppendLine("        arguments:");
            yaml.AppendLine("          $.path: { pathPrefix: archive }");
        }

        return yaml.ToString();
    }
}
