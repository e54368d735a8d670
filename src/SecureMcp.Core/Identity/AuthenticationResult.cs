namespace SecureMcp.Core.Identity;

/// <summary>The outcome of one authenticator: a principal, a failure with its reason, or no opinion.</summary>
public sealed record AuthenticationResult
{
    private AuthenticationResult(Principal? principal, string? failure)
    {
        Principal = principal;
        Failure = failure;
    }

    /// <summary>The authenticated principal on success.</summary>
    public Principal? Principal { get; }

    /// <summary>Why the credentials presented were refused; null on success or when none were presented.</summary>
    public string? Failure { get; }

    /// <summary>True when the authenticator found no credentials of its kind.</summary>
    public bool NoResult => Principal is null && Failure is null;

    public static AuthenticationResult Success(Principal principal) => new(principal, null);

    public static AuthenticationResult Fail(string reason) => new(null, reason);

    public static AuthenticationResult None { get; } = new(null, null);
}
