using SecureMcp.Core.Events;
using SecureMcp.Core.Identity;
using SecureMcp.Identity.Events;

namespace SecureMcp.Gateway.Operators;

/// <summary>Authenticates <c>Authorization: Bearer smo_…</c> against the operator session table. Used by the admin API only.</summary>
/// <remarks>
/// Other bearer values are left to the schemes after it. A refused session token is a security event: a token that is
/// expired, revoked or never existed is what a stolen or guessed one looks like.
/// </remarks>
internal sealed class OperatorSessionAuthenticator(OperatorSessions sessions, ISecurityEventSink sink, TimeProvider time) : IAuthenticator
{
    private readonly SecurityEventReporter _events = new(sink, time, "operator-session");

    public string Scheme => "operator-session";

    public string Challenge => "Bearer realm=\"securemcp-admin\"";

    public ValueTask<AuthenticationResult> AuthenticateAsync(AuthenticationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var token = request.Headers.TryGetValue("Authorization", out var authorization) ? TokenOf(authorization) : null;
        return ValueTask.FromResult(token is null ? AuthenticationResult.None : Authenticate(token));
    }

    /// <summary>The session token in an <c>Authorization</c> header value, or null when it holds none.</summary>
    public static string? TokenOf(string? authorization)
    {
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = authorization[7..].Trim();
        return token.StartsWith(OperatorSessions.TokenPrefix, StringComparison.Ordinal) ? token : null;
    }

    private AuthenticationResult Authenticate(string token)
    {
        var (session, failure) = sessions.Find(token);
        if (failure is null)
        {
            return AuthenticationResult.Success(session!.Principal);
        }

        _events.Report(OperatorEventKinds.SessionRejected, SecuritySeverity.Medium, session?.Principal.Id, "admin",
            "session=" + OperatorSessions.IdOf(token), failure);
        return AuthenticationResult.Fail(failure);
    }
}
