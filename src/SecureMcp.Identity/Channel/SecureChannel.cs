using System.Buffers.Binary;
using System.Security.Cryptography;
using SecureMcp.Core.Events;
using SecureMcp.Core.Identity;
using SecureMcp.Identity.Crypto;
using SecureMcp.Identity.Events;

namespace SecureMcp.Identity.Channel;

/// <summary>An established agent-to-agent channel: seals outgoing and opens incoming records.</summary>
/// <remarks>
/// <para>Record = <c>version(1) | epoch(4) | sequence(8) | timestamp_ms(8) | ciphertext | tag(16)</c>, all big-endian.
/// The 21-byte header is the AEAD associated data; the nonce is <c>epoch(4) | sequence(8)</c>, unique under each key.</para>
/// <para>Opening checks, in order: format, timestamp skew, replay window, epoch (current, previous, or next), AEAD tag;
/// only an authentic message moves the replay window or the epoch. Every refusal is a security event.</para>
/// </remarks>
internal sealed class SecureChannel : IDisposable
{
    public const byte Version = 1;
    public const int HeaderSize = 21;
    public const int Overhead = HeaderSize + AeadCipher.TagSize;

    private readonly SecureChannelOptions _options;
    private readonly TimeProvider _time;
    private readonly SecurityEventReporter _events;
    private readonly Lock _sendLock = new();
    private readonly Lock _receiveLock = new();
    private readonly ReplayWindow _window = new();

    private TrafficSecret _sendSecret;
    private AeadCipher _sendCipher;
    private ulong _sendSequence;
    private long _sentInEpoch;
    private DateTimeOffset _sendEpochStart;

    private TrafficSecret _receiveSecret;
    private AeadCipher _receiveCipher;
    private AeadCipher? _previousReceiveCipher;

    internal SecureChannel(Principal peer, AeadAlgorithm algorithm, string sessionId, byte[] sendSecret, byte[] receiveSecret,
        SecureChannelOptions options, ISecurityEventSink sink, TimeProvider time)
    {
        Peer = peer;
        Algorithm = algorithm;
        SessionId = sessionId;
        _options = options;
        _time = time;
        _events = new SecurityEventReporter(sink, time, "secure-channel");
        _sendSecret = new TrafficSecret(sendSecret, 0);
        _sendCipher = _sendSecret.CreateCipher(algorithm);
        _sendEpochStart = time.GetUtcNow();
        _receiveSecret = new TrafficSecret(receiveSecret, 0);
        _receiveCipher = _receiveSecret.CreateCipher(algorithm);
    }

    /// <summary>The authenticated peer (from its certificate).</summary>
    public Principal Peer { get; }

    /// <summary>The peer's certificate (DER) as validated in the handshake, so a sender can seal context items to it.</summary>
    public byte[] PeerCertificate { get; init; } = [];

    /// <summary>The negotiated cipher.</summary>
    public AeadAlgorithm Algorithm { get; }

    /// <summary>An identifier both sides derive from the handshake, for audit correlation.</summary>
    public string SessionId { get; }

    /// <summary>The key epoch of the sending direction (re-keys so far).</summary>
    public uint SendEpoch => _sendSecret.Epoch;

    /// <summary>Seals <paramref name="plaintext"/> into <paramref name="record"/> (which needs <see cref="Overhead"/> extra bytes); returns the record length.</summary>
    public int Seal(ReadOnlySpan<byte> plaintext, Span<byte> record)
    {
        var length = plaintext.Length + Overhead;
        if (record.Length < length)
        {
            throw new ArgumentException($"The record buffer needs {length} bytes.", nameof(record));
        }

        lock (_sendLock)
        {
            var now = _time.GetUtcNow();
            if (_sentInEpoch >= _options.RekeyAfterMessages || now - _sendEpochStart >= _options.RekeyAfter)
            {
                Ratchet(now);
            }

            var sequence = _sendSequence++;
            _sentInEpoch++;
            var header = record[..HeaderSize];
            header[0] = Version;
            BinaryPrimitives.WriteUInt32BigEndian(header[1..], _sendSecret.Epoch);
            BinaryPrimitives.WriteUInt64BigEndian(header[5..], sequence);
            BinaryPrimitives.WriteInt64BigEndian(header[13..], now.ToUnixTimeMilliseconds());
            _sendCipher.Encrypt(header.Slice(1, AeadCipher.NonceSize), plaintext, record.Slice(HeaderSize, plaintext.Length),
                record.Slice(HeaderSize + plaintext.Length, AeadCipher.TagSize), header);
        }

        return length;
    }

    public byte[] Seal(ReadOnlySpan<byte> plaintext)
    {
        var record = new byte[plaintext.Length + Overhead];
        Seal(plaintext, record);
        return record;
    }

    /// <summary>Opens one record into <paramref name="plaintext"/>; returns the plaintext length or throws <see cref="SecureChannelException"/>.</summary>
    public int Open(ReadOnlySpan<byte> record, Span<byte> plaintext)
    {
        if (record.Length < Overhead || record[0] != Version)
        {
            throw Refuse(IdentityEventKinds.ChannelTampered, ChannelFailures.Malformed, $"length={record.Length}");
        }

        var length = record.Length - Overhead;
        if (plaintext.Length < length)
        {
            throw new ArgumentException($"The plaintext buffer needs {length} bytes.", nameof(plaintext));
        }

        var header = record[..HeaderSize];
        var epoch = BinaryPrimitives.ReadUInt32BigEndian(header[1..]);
        var sequence = BinaryPrimitives.ReadUInt64BigEndian(header[5..]);
        var timestamp = BinaryPrimitives.ReadInt64BigEndian(header[13..]);
        lock (_receiveLock)
        {
            var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
            if (Math.Abs(now - timestamp) > (long)_options.MaxClockSkew.TotalMilliseconds)
            {
                throw Refuse(IdentityEventKinds.ChannelStale, ChannelFailures.Stale, Evidence(epoch, sequence) + $" skew_ms={now - timestamp}");
            }

            if (_window.Check(sequence) is { } replay)
            {
                throw Refuse(IdentityEventKinds.ChannelReplay, replay, Evidence(epoch, sequence));
            }

            TrafficSecret? next = null;
            AeadCipher cipher;
            if (epoch == _receiveSecret.Epoch)
            {
                cipher = _receiveCipher;
            }
            else if (epoch + 1 == _receiveSecret.Epoch && _previousReceiveCipher is not null)
            {
                cipher = _previousReceiveCipher;
            }
            else if (epoch == _receiveSecret.Epoch + 1)
            {
                next = _receiveSecret.Next();
                cipher = next.CreateCipher(Algorithm);
            }
            else
            {
                throw Refuse(IdentityEventKinds.ChannelTampered, ChannelFailures.BadEpoch, Evidence(epoch, sequence));
            }

            try
            {
                cipher.Decrypt(header.Slice(1, AeadCipher.NonceSize), record.Slice(HeaderSize, length), record[^AeadCipher.TagSize..],
                    plaintext[..length], header);
            }
            catch (AuthenticationTagMismatchException)
            {
                if (next is not null)
                {
                    cipher.Dispose();
                    next.Dispose();
                }

                throw Refuse(IdentityEventKinds.ChannelTampered, ChannelFailures.Tampered, Evidence(epoch, sequence));
            }

            if (next is not null)
            {
                _previousReceiveCipher?.Dispose();
                _previousReceiveCipher = _receiveCipher;
                _receiveSecret.Dispose();
                _receiveSecret = next;
                _receiveCipher = cipher;
            }

            _window.Commit(sequence);
        }

        return length;
    }

    public byte[] Open(ReadOnlySpan<byte> record)
    {
        var plaintext = new byte[Math.Max(0, record.Length - Overhead)];
        Open(record, plaintext);
        return plaintext;
    }

    public void Dispose()
    {
        _sendCipher.Dispose();
        _sendSecret.Dispose();
        _receiveCipher.Dispose();
        _receiveSecret.Dispose();
        _previousReceiveCipher?.Dispose();
    }

    private void Ratchet(DateTimeOffset now)
    {
        var next = _sendSecret.Next();
        _sendSecret.Dispose();
        _sendCipher.Dispose();
        _sendSecret = next;
        _sendCipher = next.CreateCipher(Algorithm);
        _sentInEpoch = 0;
        _sendEpochStart = now;
    }

    // Built only on refusal, so the accepting path does not allocate.
    private static string Evidence(uint epoch, ulong sequence) => $"epoch={epoch} seq={sequence}";

    private SecureChannelException Refuse(string kind, string reason, string evidence)
    {
        _events.Report(kind, SecuritySeverity.High, Peer.Id, "channel:" + SessionId, evidence, reason);
        return new SecureChannelException(reason);
    }
}
