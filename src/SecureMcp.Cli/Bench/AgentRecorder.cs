namespace SecureMcp.Cli.Bench;

/// <summary>What one hosted agent did. Each agent runs its plans one after another, so nothing here is shared between threads.</summary>
internal sealed class AgentRecorder
{
    public List<double> CallMicros { get; } = new(1024);

    public List<double> PlanMicros { get; } = new(512);

    /// <summary>Failed calls (tool errors, refusals, transport failures), warm-up included.</summary>
    public long Errors { get; private set; }

    /// <summary>Plans that failed or whose checks did not hold, warm-up included.</summary>
    public long InvalidPlans { get; private set; }

    public string? FirstError { get; private set; }

    public void Call(MeasurementWindow window, long started, TimeSpan elapsed, string? error)
    {
        if (error is not null)
        {
            Errors++;
            FirstError ??= error;
        }
        else if (window.Contains(started))
        {
            CallMicros.Add(elapsed.TotalMicroseconds);
        }
    }

    public void Plan(MeasurementWindow window, long started, TimeSpan elapsed, bool valid, string? error)
    {
        if (!valid)
        {
            InvalidPlans++;
            FirstError ??= error;
        }
        else if (window.Contains(started))
        {
            PlanMicros.Add(elapsed.TotalMicroseconds);
        }
    }
}
