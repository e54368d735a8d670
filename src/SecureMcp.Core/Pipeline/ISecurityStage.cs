using ModelContextProtocol.Protocol;

namespace SecureMcp.Core.Pipeline;

/// <summary>One stage of the security pipeline (authenticate, authorize, verify, inspect, audit …).</summary>
/// <remarks>
/// A stage runs code before the call by inspecting <see cref="GatewayCallContext"/>, refuses it by throwing
/// <see cref="CallDeniedException"/>, forwards it by awaiting <c>next</c>, and may inspect or rewrite the result
/// after. Stages fail closed: any other exception is turned into a denial by the pipeline.
/// </remarks>
public interface ISecurityStage
{
    /// <summary>Stable name used in decisions and audit records.</summary>
    string Name { get; }

    /// <summary>Runs the stage.</summary>
    ValueTask<Result> InvokeAsync(GatewayCallContext context, GatewayCallHandler next, CancellationToken cancellationToken);
}
