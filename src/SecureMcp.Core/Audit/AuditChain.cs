using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SecureMcp.Core.Audit;

/// <summary>Computes and checks the hash chain of audit records.</summary>
public static class AuditChain
{
    /// <summary>The previous-hash value of the first record.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Computes the hash of a record from all its fields except <see cref="AuditRecord.Hash"/>.</summary>
    /// <remarks>Fields are length-prefixed so that no two different records share a canonical form.</remarks>
    public static string ComputeHash(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var builder = new StringBuilder(256);
        Append(builder, record.Sequence.ToString(CultureInfo.InvariantCulture));
        Append(builder, record.Timestamp.UtcTicks.ToString(CultureInfo.InvariantCulture));
        Append(builder, record.Kind);
        Append(builder, record.Principal);
        Append(builder, record.Action);
        Append(builder, record.Target);
        Append(builder, record.ArgumentsDigest);
        Append(builder, record.Outcome);
        Append(builder, record.Reason);
        Append(builder, record.LatencyMicros.ToString(CultureInfo.InvariantCulture));
        Append(builder, record.SessionId);
        Append(builder, record.PreviousHash);
        var bytes = Encoding.UTF8.GetBytes(builder.ToString());
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>Checks a sequence of records read in order and returns the first broken one, if any.</summary>
    public static AuditVerification Verify(IEnumerable<AuditRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var previous = GenesisHash;
        long expectedSequence = 1;
        long count = 0;
        foreach (var record in records)
        {
            if (record.Sequence != expectedSequence)
            {
                return AuditVerification.Broken(count, record.Sequence,
                    $"sequence gap: expected {expectedSequence}, found {record.Sequence} (a record was deleted or inserted)");
            }

            if (!string.Equals(record.PreviousHash, previous, StringComparison.Ordinal))
            {
                return AuditVerification.Broken(count, record.Sequence, "previous-hash link does not match the record before it");
            }

            if (!string.Equals(ComputeHash(record), record.Hash, StringComparison.Ordinal))
            {
                return AuditVerification.Broken(count, record.Sequence, "record content does not match its hash (modified)");
            }

            previous = record.Hash;
            expectedSequence++;
            count++;
        }

        return AuditVerification.Intact(count);
    }

    private static void Append(StringBuilder builder, string? value)
    {
        if (value is null)
        {
            builder.Append("-1:");
            return;
        }

        builder.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('|');
    }
}
