namespace SecureMcp.Agents.Tasks;

/// <summary>Resolves <c>dependsOn</c> references of a loaded workload to task ids and refuses unknown ids and cycles.</summary>
internal static class TaskDependencies
{
    /// <summary>Replaces template ids by the ids of their copies (pairwise when both repeat equally often).</summary>
    public static List<AgentTask> Resolve(List<AgentTask> tasks, IReadOnlyDictionary<string, List<string>> copies)
    {
        var templateOf = copies.SelectMany(c => c.Value.Select((id, n) => (id, template: c.Key, n))).ToDictionary(x => x.id, x => (x.template, x.n), StringComparer.Ordinal);
        var known = tasks.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        return [.. tasks.Select(task =>
        {
            if (task.DependsOn.Count == 0)
            {
                return task;
            }

            var (template, copy) = templateOf[task.Id];
            var mine = copies[template].Count;
            var resolved = new List<string>();
            foreach (var reference in task.DependsOn)
            {
                if (copies.TryGetValue(reference, out var targets))
                {
                    resolved.AddRange(targets.Count == mine && mine > 1 ? [targets[copy]] : targets);
                }
                else if (known.Contains(reference))
                {
                    resolved.Add(reference);
                }
                else
                {
                    throw new FormatException($"tasks: '{task.Id}' depends on '{reference}', which is not a task of this workload");
                }
            }

            return task with { DependsOn = [.. resolved.Distinct(StringComparer.Ordinal)] };
        })];
    }

    /// <summary>Throws if the dependencies form a cycle, naming it.</summary>
    public static void RefuseCycles(IReadOnlyList<AgentTask> tasks)
    {
        var byId = tasks.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = on the current path, 2 = done
        var path = new List<string>();
        foreach (var task in tasks)
        {
            Visit(task.Id);
        }

        void Visit(string id)
        {
            if (state.GetValueOrDefault(id) == 2)
            {
                return;
            }

            if (state.GetValueOrDefault(id) == 1)
            {
                var cycle = path.Skip(path.IndexOf(id)).Append(id);
                throw new FormatException($"tasks: dependency cycle {string.Join(" -> ", cycle)}");
            }

            state[id] = 1;
            path.Add(id);
            foreach (var dependency in byId[id].DependsOn)
            {
                Visit(dependency);
            }

            path.RemoveAt(path.Count - 1);
            state[id] = 2;
        }
    }
}
