using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace SecureMcp.Identity.Mtls;

/// <summary>The TLS-handshake check for Kestrel's <c>HttpsConnectionAdapterOptions.ClientCertificateValidation</c>.</summary>
/// <remarks>
/// The platform's verdict (<see cref="SslPolicyErrors.RemoteCertificateChainErrors"/>) is ignored on purpose: our validator
/// decides, so a foreign, expired, revoked or wrongly-used certificate fails the handshake itself. The chain SslStream
/// built is passed on: when the TLS layer was given <see cref="CertificateValidator.CreateChainPolicy"/>, the validator
/// reuses it instead of building a second one; any other chain is ignored.
/// </remarks>
internal sealed class TlsClientCertificateCallback(CertificateValidator validator)
{
    public bool Validate(X509Certificate2 certificate, X509Chain? chain, SslPolicyErrors errors) =>
        (errors & SslPolicyErrors.RemoteCertificateNotAvailable) == 0 && certificate is not null &&
        validator.Validate(certificate, chain, CertificateUse.ClientAuth).IsValid;
}
