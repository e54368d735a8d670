namespace SecureMcp.Inspection.Policy;

/// <summary>Settings of result inspection.</summary>
public sealed record ResultOptions
{
    /// <summary>Most characters of one result scanned; the rest passes unscanned and is flagged.</summary>
    public int MaxScanChars { get; init; } = 1_000_000;

    /// <summary>Shannon entropy (bits per character) above which a long token counts as a secret.</summary>
    public double EntropyThreshold { get; init; } = 4.5;

    /// <summary>Shortest token considered by the entropy check.</summary>
    public int EntropyMinLength { get; init; } = 32;

    /// <summary>The PII kinds looked for: <c>email</c>, <c>phone</c>, <c>credit-card</c>, <c>iban</c>.</summary>
    public IReadOnlyList<string> PiiKinds { get; init; } = ["email", "phone", "credit-card", "iban"];
}
