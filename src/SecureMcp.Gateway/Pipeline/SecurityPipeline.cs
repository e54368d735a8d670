using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Protocol;
using SecureMcp.Core.Pipeline;
using SecureMcp.Gateway.Diagnostics;

namespace SecureMcp.Gateway.Pipeline;

/// <summary>Runs a call through the ordered security stages and then the terminal (the forwarder).</summary>
/// <remarks>
/// Fail closed: an exception a stage throws itself, other than <see cref="CallDeniedException"/>, denies the call
/// with the stage named. Exceptions from the terminal (upstream errors) pass through every stage unchanged.
/// </remarks>
internal sealed class SecurityPipeline
{
    private readonly ISecurityStage[] _stages;
    private readonly ILogger _logger;

    public SecurityPipeline(IEnumerable<ISecurityStage> stages, ILogger<SecurityPipeline> logger)
    {
        _stages = stages.ToArray();
        _logger = logger;
    }

    /// <summary>The stage names in order, outermost first.</summary>
    public IReadOnlyList<string> StageNames => _stages.Select(s => s.Name).ToList();

    public async ValueTask<Result> RunAsync(GatewayCallContext context, GatewayCallHandler terminal, CancellationToken cancellationToken)
    {
        try
        {
            return await Invoke(0, terminal)(context, cancellationToken);
        }
        catch (ForwardedException forwarded) when (forwarded.InnerException is { } inner)
        {
            ExceptionDispatchInfo.Capture(inner).Throw();
            throw;
        }
    }

    private GatewayCallHandler Invoke(int index, GatewayCallHandler terminal)
    {
        if (index == _stages.Length)
        {
            return async (context, ct) =>
            {
                try
                {
                    return await terminal(context, ct);
                }
                catch (Exception ex) when (ex is not CallDeniedException and not ForwardedException)
                {
                    throw new ForwardedException(ex);
                }
            };
        }

        var stage = _stages[index];
        var next = Invoke(index + 1, terminal);
        return async (context, ct) =>
        {
            try
            {
                return await stage.InvokeAsync(context, next, ct);
            }
            catch (Exception ex) when (ex is CallDeniedException or ForwardedException)
            {
                throw;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                Log.StageFailed(_logger, stage.Name, ex);
                context.Decisions.Add(new StageDecision(stage.Name, false, $"stage failed: {ex.GetType().Name}"));
                throw new CallDeniedException(stage.Name, $"Denied: the {stage.Name} stage failed and the gateway fails closed");
            }
        };
    }
}
