using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace SecureMcp.Identity.Mtls;

/// <summary>The TLS-handshake check for Kestrel's <c>HttpsConnectionAdapterOptions.ClientCertificateValidation</c>.</summary>
/// <remarks>
/// The platform's verdict (<see cref="SslPolicyErrors.RemoteCertificateChainErrors"/>) is ignored on purpose: our root
/// is not in the system store, and the system store must not be trusted anyway. Our validator decides instead, so a
/// foreign, expired, revoked or wrongly-used certificate fails the handshake itself.
/// </remarks>
internal sealed class TlsClientCertificateCallback(CertificateValidator validator)
{
    public bool Validate(X509Certificate2 certificate, X509Chain? chain, SslPolicyErrors errors) =>
        (errors & SslPolicyErrors.RemoteCertificateNotAvailable) == 0 && certificate is not null &&
        validator.Validate(certificate, CertificateUse.ClientAuth).IsValid;
}
