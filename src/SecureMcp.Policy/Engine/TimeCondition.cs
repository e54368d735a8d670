using SecureMcp.Policy.Matching;

namespace SecureMcp.Policy.Engine;

/// <summary><c>env.time</c> (a daily window) or <c>env.day</c> (days of the week), in the policy's time zone.</summary>
internal sealed class TimeCondition(string text, int line, TimeWindow? window, DayOfWeek[]? days, bool negate) : CompiledCondition(text, line)
{
    public override ConditionResult Evaluate(ref EvaluationContext context)
    {
        var local = TimeZoneInfo.ConvertTime(context.Now, context.Settings.TimeZone);
        var inside = window?.Contains(local.TimeOfDay) ?? Array.IndexOf(days!, local.DayOfWeek) >= 0;
        return Of(inside != negate);
    }
}
