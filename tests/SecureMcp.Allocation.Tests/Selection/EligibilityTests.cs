using SecureMcp.Allocation.Explain;
using SecureMcp.Allocation.Model;
using SecureMcp.Allocation.Tests.Support;
using SecureMcp.Core.Tasks;

namespace SecureMcp.Allocation.Tests.Selection;

public sealed class EligibilityTests
{
    [Fact]
    public async Task Submit_AgentLacksOneCapability_NeverChosen()
    {
        using var f = new Fixture();
        f.Add(Fixture.Agent("both", "search", "summarise"), Fixture.Agent("half", "search"));

        for (var i = 0; i < 20; i++)
        {
            var a = await f.SubmitOneAsync(Fixture.Task("t" + i, "search", "summarise"));
            a.AgentId.ShouldBe("both");
            await f.Scheduler.CompleteAsync(a.AttemptId, TaskResult.Success("ok"));
        }

        f.Decisions[0].ExcludedCounts[ExclusionReason.MissingCapability].ShouldBe(1);
    }

    [Fact]
    public async Task Submit_ClearanceBelowSensitivity_ExcludedWithReason()
    {
        using var f = new Fixture();
        f.Add(Fixture.Agent("cleared"), Fixture.Agent("public") with { Clearance = SensitivityLevel.Public });

        var a = await f.SubmitOneAsync(Fixture.Task("t") with { Sensitivity = SensitivityLevel.Confidential });

        a.AgentId.ShouldBe("cleared");
        var excluded = f.Scheduler.Explain("t").Single().Excluded.ShouldHaveSingleItem();
        excluded.AgentId.ShouldBe("public");
        excluded.Reason.ShouldBe(ExclusionReason.InsufficientClearance);
    }

    [Fact]
    public async Task Submit_QuarantinedAndSybilSuspected_BothExcluded()
    {
        var status = new StubStatusSource();
        status.Statuses["q"] = new AgentStatus(true, false, "operator quarantine");
        status.Statuses["s"] = new AgentStatus(false, true, "registration burst");
        using var f = new Fixture(status: status);
        f.Add(Fixture.Agent("q"), Fixture.Agent("s"), Fixture.Agent("ok"));

        var a = await f.SubmitOneAsync(Fixture.Task("t"));

        a.AgentId.ShouldBe("ok");
        var explanation = f.Scheduler.Explain("t").Single();
        explanation.Excluded.ShouldContain(e => e.AgentId == "q" && e.Reason == ExclusionReason.Quarantined && e.Detail == "operator quarantine");
        explanation.Excluded.ShouldContain(e => e.AgentId == "s" && e.Reason == ExclusionReason.SybilSuspected);
    }

    [Fact]
    public async Task Submit_NoAgentEligible_ReportedFailedWithReason()
    {
        using var f = new Fixture();
        f.Add(Fixture.Agent("a", "search"));

        var assigned = await f.Scheduler.SubmitAsync(Fixture.Task("t", "translate"));

        assigned.ShouldBeEmpty();
        var record = (await f.Scheduler.GetTaskAsync("t")).ShouldNotBeNull();
        record.State.ShouldBe(TaskState.ReportedFailed);
        record.Reason.ShouldNotBeNull().ShouldContain("MissingCapability");
    }

    [Fact]
    public void TrustEngineStatusSource_QuarantineThenRelease_StatusFollows()
    {
        using var f = new Fixture();
        var source = new TrustEngineStatusSource(f.Trust);
        source.Quarantine("bad", "caught exfiltrating");

        source.GetStatus("bad").ShouldBe(new AgentStatus(true, false, "caught exfiltrating"));
        source.GetStatus("good").ShouldBe(AgentStatus.Healthy);
        source.Release("bad");
        source.GetStatus("bad").Quarantined.ShouldBeFalse();
    }
}
