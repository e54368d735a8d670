using System.Diagnostics;

namespace SecureMcp.Agents.Coordination;

/// <summary>The coordinator's view of one task: which agents ran it, and how and when it ended (the first final word wins).</summary>
internal sealed class TaskTracking(long started)
{
    private readonly List<string> _agents = [];
    private bool _succeeded;
    private string? _reason;
    private double _latencyMs;

    public bool Done { get; private set; }

    public void Ran(string agent)
    {
        lock (_agents)
        {
            _agents.Add(agent);
        }
    }

    public void Finish(bool succeeded, string? reason)
    {
        lock (_agents)
        {
            if (Done)
            {
                return;
            }

            Done = true;
            _succeeded = succeeded;
            _reason = reason;
            _latencyMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
    }

    public TaskRunReport Report(string id)
    {
        lock (_agents)
        {
            return new TaskRunReport(id, _succeeded, _agents.Count, _latencyMs, [.. _agents], Done ? _reason : "never finished");
        }
    }
}
