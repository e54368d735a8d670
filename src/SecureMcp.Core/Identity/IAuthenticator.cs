namespace SecureMcp.Core.Identity;

/// <summary>One authentication scheme. The gateway asks each in order until one gives a result.</summary>
public interface IAuthenticator
{
    /// <summary>The scheme name used in challenges and audit records.</summary>
    string Scheme { get; }

    /// <summary>The value of the <c>WWW-Authenticate</c> header this scheme sends on a 401.</summary>
    string Challenge { get; }

    /// <summary>Authenticates one request. Must not throw for bad credentials: return <see cref="AuthenticationResult.Fail"/>.</summary>
    ValueTask<AuthenticationResult> AuthenticateAsync(AuthenticationRequest request, CancellationToken cancellationToken);
}
