namespace SecureMcp.Policy.RateLimits;

/// <summary>JSON-RPC error codes the policy stages add to <see cref="Core.Pipeline.ErrorCodes"/>.</summary>
internal static class PolicyErrorCodes
{
    /// <summary>A rate limit, quota or concurrency cap refused the call; the message and <c>Items["retryAfter"]</c> say when to retry.</summary>
    public const int RateLimited = -32029;
}
