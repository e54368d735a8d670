namespace SecureMcp.Identity.Channel;

/// <summary>A 64-message sliding anti-replay window over sequence numbers (the IPsec / DTLS bitmap).</summary>
/// <remarks>Check before decrypting, <see cref="Commit"/> only after the message authenticated, so forged messages cannot move the window.</remarks>
internal sealed class ReplayWindow
{
    public const int Size = 64;
    private ulong _highest;
    private ulong _bitmap; // bit i set = (_highest - i) was received
    private bool _any;

    /// <returns>Null if <paramref name="sequence"/> is acceptable, else the refusal reason.</returns>
    public string? Check(ulong sequence)
    {
        if (!_any || sequence > _highest)
        {
            return null;
        }

        var offset = _highest - sequence;
        if (offset >= Size)
        {
            return ChannelFailures.TooOld;
        }

        return (_bitmap & (1UL << (int)offset)) != 0 ? ChannelFailures.Replayed : null;
    }

    public void Commit(ulong sequence)
    {
        if (!_any)
        {
            _any = true;
            _highest = sequence;
            _bitmap = 1;
            return;
        }

        if (sequence > _highest)
        {
            var shift = sequence - _highest;
            _bitmap = shift >= Size ? 1 : (_bitmap << (int)shift) | 1;
            _highest = sequence;
        }
        else
        {
            _bitmap |= 1UL << (int)(_highest - sequence);
        }
    }
}
