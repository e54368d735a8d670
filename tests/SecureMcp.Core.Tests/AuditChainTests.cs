using SecureMcp.Core.Audit;

namespace SecureMcp.Core.Tests;

public sealed class AuditChainTests
{
    private static List<AuditRecord> Chain(int count)
    {
        var records = new List<AuditRecord>();
        var previous = AuditChain.GenesisHash;
        for (var i = 1; i <= count; i++)
        {
            var record = new AuditRecord
            {
                Sequence = i,
                Timestamp = DateTimeOffset.UnixEpoch.AddSeconds(i),
                Kind = "call",
                Principal = "agent-" + i,
                Action = "tools/call",
                Target = "s__t",
                Outcome = "ok",
                PreviousHash = previous,
            };
            record = record with { Hash = AuditChain.ComputeHash(record) };
            records.Add(record);
            previous = record.Hash;
        }

        return records;
    }

    [Fact]
    public void Verify_IntactChain_ReportsAllRecords()
    {
        var result = AuditChain.Verify(Chain(5));

        result.IsIntact.ShouldBeTrue();
        result.RecordsChecked.ShouldBe(5);
    }

    [Fact]
    public void Verify_ModifiedRecord_NamesIt()
    {
        var records = Chain(5);
        records[2] = records[2] with { Outcome = "denied" };

        var result = AuditChain.Verify(records);

        result.IsIntact.ShouldBeFalse();
        result.FirstBrokenSequence.ShouldBe(3);
        result.Problem!.ShouldContain("modified");
    }

    [Fact]
    public void Verify_DeletedRecord_IsASequenceGap()
    {
        var records = Chain(5);
        records.RemoveAt(1);

        var result = AuditChain.Verify(records);

        result.FirstBrokenSequence.ShouldBe(3);
        result.Problem!.ShouldContain("sequence gap");
    }

    [Fact]
    public void Verify_RecordRehashedAfterEdit_BreaksTheNextLink()
    {
        var records = Chain(4);
        var forged = records[1] with { Principal = "someone-else" };
        records[1] = forged with { Hash = AuditChain.ComputeHash(forged) };

        var result = AuditChain.Verify(records);

        result.FirstBrokenSequence.ShouldBe(3);
        result.Problem!.ShouldContain("previous-hash");
    }

    [Fact]
    public void ComputeHash_FieldBoundariesShift_GivesDifferentHashes()
    {
        var a = Chain(1)[0] with { Principal = "ab", Action = "c" };
        var b = Chain(1)[0] with { Principal = "a", Action = "bc" };

        AuditChain.ComputeHash(a).ShouldNotBe(AuditChain.ComputeHash(b));
    }

    [Fact]
    public void ComputeHash_NullVersusEmpty_GivesDifferentHashes()
    {
        var a = Chain(1)[0] with { Target = null };
        var b = Chain(1)[0] with { Target = "" };

        AuditChain.ComputeHash(a).ShouldNotBe(AuditChain.ComputeHash(b));
    }
}
