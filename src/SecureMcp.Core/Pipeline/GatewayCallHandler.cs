using ModelContextProtocol.Protocol;

namespace SecureMcp.Core.Pipeline;

/// <summary>The rest of the pipeline after a stage: the next stage, or the forwarder at the end.</summary>
public delegate ValueTask<Result> GatewayCallHandler(GatewayCallContext context, CancellationToken cancellationToken);
