using ModelContextProtocol.Protocol;
using SecureMcp.Core.Pipeline;

namespace SecureMcp.Gateway.Pipeline;

/// <summary>Refuses any call that arrives without an authenticated principal.</summary>
/// <remarks>
/// Credentials are checked at the transport (HTTP answers 401 before MCP parsing; stdio runs as the local
/// principal). This stage makes the pipeline fail closed if a transport ever forgets to.
/// </remarks>
internal sealed class AuthenticateStage : ISecurityStage
{
    public string Name => "authenticate";

    public ValueTask<Result> InvokeAsync(GatewayCallContext context, GatewayCallHandler next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.Principal is null)
        {
            throw new CallDeniedException(Name, "Unauthenticated: no principal on this call");
        }

        context.Decisions.Add(new StageDecision(Name, true, $"{context.Principal.Id} via {context.Principal.Scheme}"));
        return next(context, cancellationToken);
    }
}
