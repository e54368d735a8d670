using System.Security.Cryptography.X509Certificates;
using SecureMcp.Identity.Channel;
using SecureMcp.Identity.Crypto;
using SecureMcp.Identity.Tests.Support;

namespace SecureMcp.Identity.Tests.Channel;

/// <summary>Runs a full handshake between two agents of one CA and hands out both ends.</summary>
internal static class ChannelPair
{
    public static (SecureChannel Initiator, SecureChannel Responder) Open(TestCa ca, X509Certificate2 a, X509Certificate2 b,
        SecureChannelOptions? options = null, IReadOnlyList<AeadAlgorithm>? responderAlgorithms = null)
    {
        options ??= new SecureChannelOptions();
        using var initiator = new ChannelInitiator(new ChannelCredentials(a, ca.Validator, options, ca.Sink, ca.Time), expectedPeer: null);
        using var responder = new ChannelResponder(new ChannelCredentials(b, ca.Validator,
            responderAlgorithms is null ? options : options with { Algorithms = responderAlgorithms }, ca.Sink, ca.Time));
        var serverHello = responder.Respond(initiator.CreateHello());
        var client = initiator.Complete(serverHello, out var finished);
        return (client, responder.Complete(finished));
    }
}
