using System.Security.Cryptography.X509Certificates;
using SecureMcp.Core.Identity;

namespace SecureMcp.Identity.Tokens;

/// <summary>The verdict on an RFC 7523 client assertion: the client's principal and certificate, or the refusal.</summary>
internal sealed record ClientAssertionResult(Principal? Principal, X509Certificate2? Certificate, string? Failure);
