using SecureMcp.Agents.Tasks;

namespace SecureMcp.Agents.Execution;

/// <summary>Orders a plan's steps so every step runs after the steps it references (the plan is a DAG).</summary>
internal static class PlanOrdering
{
    public static IReadOnlyList<TaskStep> Order(IReadOnlyList<TaskStep> steps)
    {
        var byId = new Dictionary<string, TaskStep>(StringComparer.Ordinal);
        foreach (var step in steps)
        {
            if (!byId.TryAdd(step.Id, step))
            {
                throw new PlanException($"step id '{step.Id}' is used twice");
            }
        }

        var ordered = new List<TaskStep>(steps.Count);
        var state = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var step in steps)
        {
            Visit(step, byId, state, ordered);
        }

        return ordered;
    }

    private static void Visit(TaskStep step, Dictionary<string, TaskStep> byId, Dictionary<string, bool> state, List<TaskStep> ordered)
    {
        if (state.TryGetValue(step.Id, out var done))
        {
            if (!done)
            {
                throw new PlanException($"steps form a cycle through '{step.Id}'");
            }

            return;
        }

        state[step.Id] = false;
        foreach (var dependency in ReferenceResolver.ReferencedSteps(step.Arguments))
        {
            if (!byId.TryGetValue(dependency, out var target))
            {
                throw new PlanException($"step '{step.Id}' refers to unknown step '{dependency}'");
            }

            Visit(target, byId, state, ordered);
        }

        state[step.Id] = true;
        ordered.Add(step);
    }
}
