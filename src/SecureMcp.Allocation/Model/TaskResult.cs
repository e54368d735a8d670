namespace SecureMcp.Allocation.Model;

/// <summary>What an agent reports for one attempt.</summary>
public sealed record TaskResult
{
    /// <summary>Whether the attempt produced a result that passed the task's own validation checks.</summary>
    public required bool Succeeded { get; init; }

    /// <summary>Digest of the result (for example SHA-256 of canonical JSON); replicas are compared by it.</summary>
    public string? OutputDigest { get; init; }

    /// <summary>Why it failed, when it failed.</summary>
    public FailureKind Failure { get; init; }

    /// <summary>Human-readable error.</summary>
    public string? Error { get; init; }

    /// <summary>The upstream server that failed, when <see cref="Failure"/> is <see cref="FailureKind.UpstreamFailed"/>.</summary>
    public string? FailedUpstream { get; init; }

    /// <summary>A successful result with its digest.</summary>
    public static TaskResult Success(string digest) => new() { Succeeded = true, OutputDigest = digest };

    /// <summary>A failed attempt.</summary>
    public static TaskResult Failed(FailureKind kind, string? error = null, string? upstream = null) =>
        new() { Succeeded = false, Failure = kind, Error = error, FailedUpstream = upstream };
}
