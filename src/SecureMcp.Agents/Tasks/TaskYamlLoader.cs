using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SecureMcp.Agents.Hosting;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SecureMcp.Agents.Tasks;

/// <summary>Loads tasks from YAML: the fields of <see cref="AgentTask"/>, plus <c>repeat: N</c> to make N numbered copies.</summary>
/// <remarks>
/// <para>Problems are reported as <see cref="FormatException"/> naming the task and, for YAML errors, the line.</para>
/// <para><c>dependsOn</c> names task ids. Naming a repeated template means its copies: copy n of a task repeated as
/// often as the template depends on copy n (a pipeline per copy), otherwise on every copy. Unknown ids and cycles are
/// refused.</para>
/// </remarks>
public static class TaskYamlLoader
{
    public static IReadOnlyList<AgentTask> LoadFile(string path) => Parse(File.ReadAllText(path));

    public static IReadOnlyList<AgentTask> Parse(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw new FormatException($"tasks: line {ex.Start.Line}: {ex.Message}", ex);
        }

        var root = stream.Documents.Count == 0 ? null : YamlToJson.Convert(stream.Documents[0].RootNode);
        if (root?["tasks"] is not JsonArray tasks)
        {
            throw new FormatException("tasks: the file must have a 'tasks' list");
        }

        var result = new List<AgentTask>();
        var copies = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < tasks.Count; i++)
        {
            if (tasks[i] is not JsonObject entry)
            {
                throw new FormatException($"tasks[{i}] must be a mapping");
            }

            var repeat = entry["repeat"] is JsonValue r ? r.GetValue<long>() : 1;
            entry.Remove("repeat");
            AgentTask task;
            try
            {
                task = entry.Deserialize<AgentTask>(AgentJson.Options) ?? throw new FormatException($"tasks[{i}] is empty");
            }
            catch (JsonException ex)
            {
                throw new FormatException($"tasks[{i}] ({entry["id"]}): {ex.Message}", ex);
            }

            if (string.IsNullOrWhiteSpace(task.Id) || task.Steps.Count == 0)
            {
                throw new FormatException($"tasks[{i}] needs an id and at least one step");
            }

            var ids = copies[task.Id] = [];
            for (var n = 1; n <= repeat; n++)
            {
                var copy = repeat == 1 ? task : task with { Id = string.Create(CultureInfo.InvariantCulture, $"{task.Id}-{n}") };
                ids.Add(copy.Id);
                result.Add(copy);
            }
        }

        var duplicate = result.GroupBy(t => t.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new FormatException($"tasks: id '{duplicate.Key}' is used twice");
        }

        var resolved = TaskDependencies.Resolve(result, copies);
        TaskDependencies.RefuseCycles(resolved);
        return resolved;
    }
}
