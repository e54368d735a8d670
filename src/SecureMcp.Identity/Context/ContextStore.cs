using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using SecureMcp.Core.Events;
using SecureMcp.Identity.Channel;
using SecureMcp.Identity.Crypto;
using SecureMcp.Identity.Events;
using SecureMcp.Identity.Mtls;

namespace SecureMcp.Identity.Context;

/// <summary>
/// Shared context between agents, sealed end to end: an item is encrypted once under a random key, that key is wrapped
/// to each named recipient's certificate key (ECIES, P-256), and the sender signs the whole. Only a named recipient can
/// open it; the store (and whoever holds it) sees ciphertext. Every share and every open, refused or not, is audited.
/// </summary>
internal sealed class ContextStore
{
    private readonly ConcurrentDictionary<string, SealedContextItem> _items = new(StringComparer.Ordinal);
    private readonly CertificateValidator _validator;
    private readonly TimeProvider _time;
    private readonly SecurityEventReporter _events;

    public ContextStore(CertificateValidator validator, ISecurityEventSink sink, TimeProvider time)
    {
        _validator = validator;
        _time = time;
        _events = new SecurityEventReporter(sink, time, "context-store");
    }

    /// <summary>Seals <paramref name="content"/> from <paramref name="sender"/> (certificate with key) to <paramref name="recipients"/>, stores it, and returns it.</summary>
    public SealedContextItem Share(X509Certificate2 sender, string name, ReadOnlySpan<byte> content, IReadOnlyList<X509Certificate2> recipients)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(recipients);
        var senderId = Validate(sender, "sender");
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var contentKey = RandomNumberGenerator.GetBytes(AeadCipher.KeySize);
        try
        {
            var envelopes = new List<SealedRecipient>();
            foreach (var recipient in recipients)
            {
                var recipientId = Validate(recipient, "recipient");
                envelopes.Add(Wrap(contentKey, recipient, id, recipientId));
            }

            var nonce = RandomNumberGenerator.GetBytes(AeadCipher.NonceSize);
            var ciphertext = new byte[content.Length];
            var tag = new byte[AeadCipher.TagSize];
            using (var cipher = new AeadCipher(AeadAlgorithm.Aes256Gcm, contentKey))
            {
                cipher.Encrypt(nonce, content, ciphertext, tag, ContextCrypto.ContentAad(id, name, senderId, envelopes.Select(e => e.PrincipalId)));
            }

            var unsigned = new SealedContextItem(id, name, senderId, sender.RawData, _time.GetUtcNow(), envelopes, nonce, ciphertext, tag, []);
            using var key = sender.GetECDsaPrivateKey() ?? throw new ArgumentException("The sender certificate has no private key.", nameof(sender));
            var item = unsigned with { Signature = key.SignData(ContextCrypto.SignedBytes(unsigned), HashAlgorithmName.SHA256) };
            _items[id] = item;
            _events.Report(IdentityEventKinds.ContextShared, SecuritySeverity.Info, senderId, "context:" + id,
                $"name={name} recipients={string.Join(',', envelopes.Select(e => e.PrincipalId))} bytes={content.Length}", "context item shared");
            return item;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(contentKey);
        }
    }

    public SealedContextItem? Get(string id) => _items.GetValueOrDefault(id);

    /// <summary>Opens a stored item as <paramref name="recipient"/> (certificate with key); throws <see cref="ContextAccessDeniedException"/> otherwise.</summary>
    public byte[] Open(string id, X509Certificate2 recipient)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        var item = _items.GetValueOrDefault(id) ?? throw Deny(recipient.GetNameInfo(X509NameType.SimpleName, false), id, "no such context item");
        return Open(item, recipient);
    }

    /// <summary>Opens an item received directly (for example over a secure channel).</summary>
    public byte[] Open(SealedContextItem item, X509Certificate2 recipient)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(recipient);
        var recipientId = recipient.GetNameInfo(X509NameType.SimpleName, false);
        using var senderCertificate = X509CertificateLoader.LoadCertificate(item.SenderCertificate);
        var senderVerdict = _validator.Validate(senderCertificate, CertificateUse.AgentPeer);
        if (senderVerdict.Principal?.Id != item.Sender)
        {
            throw Deny(recipientId, item.Id, "sender certificate refused: " + (senderVerdict.Failure ?? "sender name mismatch"));
        }

        using (var senderKey = senderCertificate.GetECDsaPublicKey()!)
        {
            if (!senderKey.VerifyData(ContextCrypto.SignedBytes(item), item.Signature, HashAlgorithmName.SHA256))
            {
                throw Deny(recipientId, item.Id, "signature is invalid (item was altered)");
            }
        }

        var envelope = item.Recipients.FirstOrDefault(r => r.PrincipalId == recipientId)
                       ?? throw Deny(recipientId, item.Id, "not a recipient");
        var contentKey = new byte[AeadCipher.KeySize];
        try
        {
            using var ownKey = recipient.GetECDsaPrivateKey() ?? throw new ArgumentException("The recipient certificate has no private key.", nameof(recipient));
            using var own = ContextCrypto.ToKeyAgreement(ownKey, includePrivate: true);
            using var ephemeral = HandshakeCrypto.DecodePoint(envelope.EphemeralKey);
            var wrapKey = ContextCrypto.WrapKey(own, ephemeral, envelope.EphemeralKey, item.Id, recipientId);
            using (var wrap = new AeadCipher(AeadAlgorithm.Aes256Gcm, wrapKey))
            {
                wrap.Decrypt(envelope.Nonce, envelope.WrappedKey, envelope.Tag, contentKey, ContextCrypto.Info(item.Id, recipientId));
            }

            var plaintext = new byte[item.Ciphertext.Length];
            using (var cipher = new AeadCipher(AeadAlgorithm.Aes256Gcm, contentKey))
            {
                cipher.Decrypt(item.Nonce, item.Ciphertext, item.Tag, plaintext,
                    ContextCrypto.ContentAad(item.Id, item.Name, item.Sender, item.Recipients.Select(r => r.PrincipalId)));
            }

            _events.Report(IdentityEventKinds.ContextOpened, SecuritySeverity.Info, recipientId, "context:" + item.Id,
                $"name={item.Name} sender={item.Sender}", "context item opened");
            return plaintext;
        }
        catch (Exception ex) when (ex is CryptographicException or SecureChannelException)
        {
            throw Deny(recipientId, item.Id, "key unwrap or decryption failed (wrong key)", ex);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(contentKey);
        }
    }

    private static SealedRecipient Wrap(byte[] contentKey, X509Certificate2 recipient, string itemId, string recipientId)
    {
        using var ephemeral = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        var point = HandshakeCrypto.EncodePoint(ephemeral);
        using var recipientKey = recipient.GetECDsaPublicKey()!;
        using var peer = ContextCrypto.ToKeyAgreement(recipientKey, includePrivate: false);
        var wrapKey = ContextCrypto.WrapKey(ephemeral, peer, point, itemId, recipientId);
        var nonce = RandomNumberGenerator.GetBytes(AeadCipher.NonceSize);
        var wrapped = new byte[contentKey.Length];
        var tag = new byte[AeadCipher.TagSize];
        using (var cipher = new AeadCipher(AeadAlgorithm.Aes256Gcm, wrapKey))
        {
            cipher.Encrypt(nonce, contentKey, wrapped, tag, ContextCrypto.Info(itemId, recipientId));
        }

        CryptographicOperations.ZeroMemory(wrapKey);
        return new SealedRecipient(recipientId, point, nonce, wrapped, tag);
    }

    private string Validate(X509Certificate2 certificate, string role)
    {
        var verdict = _validator.Validate(certificate, CertificateUse.AgentPeer);
        return verdict.Principal?.Id ?? throw new ArgumentException($"The {role} certificate was refused: {verdict.Failure}.", nameof(certificate));
    }

    private ContextAccessDeniedException Deny(string principal, string itemId, string reason, Exception? inner = null)
    {
        _events.Report(IdentityEventKinds.ContextDenied, SecuritySeverity.High, principal, "context:" + itemId, null, reason);
        return inner is null ? new ContextAccessDeniedException(reason) : new ContextAccessDeniedException(reason, inner);
    }
}
