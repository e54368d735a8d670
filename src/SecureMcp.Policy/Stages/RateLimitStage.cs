using System.Globalization;
using ModelContextProtocol.Protocol;
using SecureMcp.Core.Events;
using SecureMcp.Core.Pipeline;
using SecureMcp.Policy.Model;
using SecureMcp.Policy.RateLimits;

namespace SecureMcp.Policy.Stages;

/// <summary>Applies rate limits, quotas and concurrency caps per principal, tool and upstream to every call.</summary>
/// <remarks>
/// Place it after <see cref="AuthorizationStage"/> (which resolves the call's server). A refusal answers
/// <see cref="PolicyErrorCodes.RateLimited"/> with the retry delay in the message and in <c>Items["retryAfter"]</c>
/// (a <see cref="TimeSpan"/>). Concurrency permits are held until the call returns.
/// </remarks>
internal sealed class RateLimitStage(RateLimitRegistry limits, TimeProvider time, ISecurityEventSink? events = null) : ISecurityStage
{
    /// <summary>The <see cref="GatewayCallContext.Items"/> key holding the retry delay after a refusal.</summary>
    public const string RetryAfterItem = "retryAfter";

    public string Name => "rate-limit";

    public async ValueTask<Result> InvokeAsync(GatewayCallContext context, GatewayCallHandler next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        TargetKind? kind = context.Operation switch
        {
            McpOperation.CallTool => TargetKind.Tool,
            McpOperation.GetPrompt => TargetKind.Prompt,
            McpOperation.ReadResource => TargetKind.Resource,
            _ => null,
        };
        if (kind is null || context.Principal is null)
        {
            return await next(context, cancellationToken);
        }

        var permit = limits.TryAcquire(context.Principal.Id, kind.Value, context.Target ?? "", context.Server ?? "", out var rejection);
        if (permit is null)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(rejection!.RetryAfter.TotalSeconds));
            var reason = string.Create(CultureInfo.InvariantCulture, $"Rate limited by {rejection.Description}; retry after {seconds} s");
            context.Items[RetryAfterItem] = rejection.RetryAfter;
            context.Decisions.Add(new StageDecision(Name, false, reason));
            if (events is not null)
            {
                await events.PublishAsync(new SecurityEvent("ratelimit.rejected", SecuritySeverity.Low, context.Principal.Id, context.Target, Name, null, reason, time.GetUtcNow()), cancellationToken);
            }

            throw new CallDeniedException(Name, reason, PolicyErrorCodes.RateLimited);
        }

        using (permit)
        {
            return await next(context, cancellationToken);
        }
    }
}
