using System.Net;
using System.Security.Cryptography.X509Certificates;

namespace SecureMcp.Core.Identity;

/// <summary>What an authenticator may look at: the transport-level facts of one request.</summary>
/// <param name="Headers">Request headers, case-insensitive names.</param>
/// <param name="RemoteAddress">The peer address, when known.</param>
/// <param name="ClientCertificate">The TLS client certificate, when the transport presented one.</param>
public sealed record AuthenticationRequest(
    IReadOnlyDictionary<string, string> Headers,
    IPAddress? RemoteAddress,
    X509Certificate2? ClientCertificate);
