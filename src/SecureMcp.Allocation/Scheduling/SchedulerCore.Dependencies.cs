using SecureMcp.Core.Tasks;

namespace SecureMcp.Allocation.Scheduling;

/// <summary>Dependencies between tasks: a task waits, outside the dispatch queue, until every task it depends on succeeded.</summary>
/// <remarks>
/// A dependency the scheduler does not hold in memory is either finished (the facade looks it up in the store and passes
/// its final state in) or not submitted yet, in which case the dependent simply waits for it. So tasks can be submitted,
/// and recovered after a restart, in any order. A dependency reported failed fails its dependents, transitively. A task
/// that closes a cycle of waiting tasks fails at once with every member of the cycle, each naming the cycle, instead
/// of all of them waiting until their deadlines.
/// </remarks>
internal sealed partial class SchedulerCore
{
    private readonly Dictionary<string, List<TaskEntry>> _dependents = new(StringComparer.Ordinal);

    /// <summary>Tasks waiting for a dependency.</summary>
    public int WaitingCount { get; private set; }

    /// <summary>Registers the entry's unmet dependencies; returns false if one of them already failed (the entry is then reported failed).</summary>
    private bool TrackDependencies(TaskEntry entry, IReadOnlyDictionary<string, TaskState> finished)
    {
        var unmet = new List<string>();
        foreach (var dependency in entry.Spec.DependsOn.Distinct(StringComparer.Ordinal))
        {
            if (string.Equals(dependency, entry.Id, StringComparison.Ordinal))
            {
                Report(entry, "the task depends on itself");
                return false;
            }

            if (!finished.TryGetValue(dependency, out var state))
            {
                unmet.Add(dependency);
            }
            else if (state != TaskState.Succeeded)
            {
                Report(entry, $"dependency '{dependency}' was reported failed");
                return false;
            }
        }

        entry.Unmet.UnionWith(unmet);
        foreach (var dependency in entry.Unmet)
        {
            if (!_dependents.TryGetValue(dependency, out var list))
            {
                _dependents[dependency] = list = [];
            }

            list.Add(entry);
        }

        if (entry.Unmet.Count > 0)
        {
            WaitingCount++;
            Transition(entry, TaskState.Pending, null, 0, WaitingReason(entry));
            if (FindCycle(entry) is { } cycle)
            {
                FailCycle(cycle);
                return false;
            }
        }

        return true;
    }

    /// <summary>The waiting tasks on a path from <paramref name="entry"/> back to itself, or null when there is none.</summary>
    private List<TaskEntry>? FindCycle(TaskEntry entry)
    {
        var path = new List<TaskEntry> { entry };
        var seen = new HashSet<string>(StringComparer.Ordinal) { entry.Id };
        return Walk(entry) ? path : null;

        bool Walk(TaskEntry from)
        {
            foreach (var next in from.Unmet.Order(StringComparer.Ordinal))
            {
                if (string.Equals(next, entry.Id, StringComparison.Ordinal))
                {
                    return true;
                }

                if (seen.Add(next) && _tasks.TryGetValue(next, out var nextEntry))
                {
                    path.Add(nextEntry);
                    if (Walk(nextEntry))
                    {
                        return true;
                    }

                    path.RemoveAt(path.Count - 1);
                }
            }

            return false;
        }
    }

    /// <summary>Fails every task of a cycle with the cycle as the reason; tasks outside it that wait on it fail as dependents.</summary>
    private void FailCycle(List<TaskEntry> cycle)
    {
        var reason = "dependency cycle: " + string.Join(" -> ", cycle.Select(e => e.Id).Append(cycle[0].Id));
        // Unlink the members first, so that failing one does not fail the next as a mere dependent under another reason.
        foreach (var member in cycle)
        {
            ForgetWaiting(member);
        }

        foreach (var member in cycle)
        {
            Report(member, reason);
        }
    }

    /// <summary>A task reached a final state: its dependents are released (success) or reported failed (failure).</summary>
    private void ReleaseDependents(string taskId, bool succeeded)
    {
        if (!_dependents.Remove(taskId, out var waiting))
        {
            return;
        }

        foreach (var dependent in waiting)
        {
            if (dependent.State.IsTerminal() || !dependent.Unmet.Contains(taskId))
            {
                continue;
            }

            if (!succeeded)
            {
                Report(dependent, $"dependency '{taskId}' was reported failed");
                continue;
            }

            dependent.Unmet.Remove(taskId);
            if (dependent.Unmet.Count == 0)
            {
                WaitingCount--;
                Transition(dependent, TaskState.Pending, null, 0, $"dependencies met (last: {taskId})");
                Enqueue(dependent);
            }
        }
    }

    /// <summary>Removes a waiting entry from every dependency's list; <see cref="Report"/> calls it for every task it fails.</summary>
    private void ForgetWaiting(TaskEntry entry)
    {
        if (entry.Unmet.Count == 0)
        {
            return;
        }

        WaitingCount--;
        foreach (var dependency in entry.Unmet)
        {
            if (_dependents.TryGetValue(dependency, out var list))
            {
                list.Remove(entry);
                if (list.Count == 0)
                {
                    _dependents.Remove(dependency);
                }
            }
        }

        entry.Unmet.Clear();
    }

    /// <summary>Waiting tasks whose own deadline passed are reported failed.</summary>
    private void ExpireWaiting(DateTimeOffset now)
    {
        var expired = _dependents.Values.SelectMany(l => l).Where(e => e.Spec.Deadline <= now).Distinct().ToList();
        foreach (var entry in expired)
        {
            Report(entry, "deadline passed while waiting for dependencies");
        }
    }

    private static string WaitingReason(TaskEntry entry) => $"waiting for {string.Join(", ", entry.Unmet.Order(StringComparer.Ordinal))}";
}
