using System.Security.Cryptography.X509Certificates;
using SecureMcp.Core.Events;
using SecureMcp.Identity.Mtls;

namespace SecureMcp.Identity.Channel;

/// <summary>What one agent brings to a handshake: its certificate with private key, the validator for peers, options, sink and clock.</summary>
internal sealed record ChannelCredentials(
    X509Certificate2 Certificate,
    CertificateValidator Validator,
    SecureChannelOptions Options,
    ISecurityEventSink Sink,
    TimeProvider Time);
