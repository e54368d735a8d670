using SecureMcp.Core.Identity;

namespace SecureMcp.Gateway.Authentication;

/// <summary>Lets requests that present no credentials run as one fixed principal. Asked last, loopback only.</summary>
/// <remarks>Wrong credentials are refused by the scheme that recognises them before this one is asked.</remarks>
internal sealed class AnonymousAuthenticator(string principal) : IAuthenticator
{
    public string Scheme => "anonymous";

    public string Challenge => "Bearer realm=\"securemcp\"";

    public ValueTask<AuthenticationResult> AuthenticateAsync(AuthenticationRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AuthenticationResult.Success(new Principal(principal, Scheme, [])));
}
