using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Coverage;
using CommunityGovernance.Communities.Crossings;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Communities.Homeowners;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Tests;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Communities.Homeowners;

// The README quick start for the homeowners' assembly, kept compiling and true by running it.
public sealed class QuickStartTests
{
    [Fact]
    public void The_quick_start_runs()
    {
        var at = Instant.FromUtc(2025, 3, 1, 1, 0);
        using var csv = File.OpenText(Path.Combine(AppContext.BaseDirectory, "Data", "wenjiang-510115.csv"));
        var wenjiang = DivisionCsv.Read(csv, at).Single();
        var heping = AdministrativeCommunityId.Parse("510115001001");
        var guanghua = LivingCommunity.Found(new LivingCommunityId("GUANGHUA"), "光华逸家", at);
        guanghua.AddCompound(new CompoundId("GY-1"), "一期", at);
        guanghua.AddBuilding(new BuildingId("GY-1-B1"), new CompoundId("GY-1"), null, "1栋", at);
        var directory = CommunityDirectory.Build([.. wenjiang.PendingEvents, .. guanghua.PendingEvents]);
        var coverage = CoverageRegister.Open(wenjiang.Code, directory, at);
        coverage.PlaceBuilding(new BuildingId("GY-1-B1"), guanghua, heping, wenjiang, at);


        // snippet: homeowners-assembly
        var register = OwnershipRegister.Open(guanghua.Id, new ActorId("KFS-GUANGHUA"), directory, at);  // 业主名册; the developer holds every unit
        foreach (var (unit, owner) in new[] { ("101", "YZ-1"), ("102", "YZ-1"), ("201", "YZ-2"), ("202", "YZ-3") })
        {
            register.RegisterUnit(new ExclusiveUnitId(unit), new BuildingId("GY-1-B1"), FloorArea.FromSquareMetres(89.47m), at);
            register.Deliver(new ExclusiveUnitId(unit), new ActorId(owner), new PersonName("业主" + owner), at);  // the name is personal data
        }

        var vote = AssemblyVote.Open(new AssemblyVoteId("YZDH-2025-01"), register, AssemblyMatter.UseOfMaintenanceFund,
            "使用维修资金更换电梯", at, at + Duration.FromDays(14), ProcedureThresholds.CivilCode, at);   // stricter thresholds allowed, looser refused
        vote.Cast(new ActorId("YZ-1"), BallotChoice.For, at);                 // YZ-1 owns two units: one owner (Interpretation Art. 9)
        vote.Cast(new ActorId("YZ-2"), BallotChoice.For, at);
        var tally = vote.Close(at + Duration.FromDays(14));                   // 3 owners; 2/3 of them and 3/4 of the area took part: Adopted
        var decision = AssemblyDecisionCrossing.Submit(vote, new CrossingId("ZZ-2025-004"),    // the adopted vote crosses upward
            new SelfGoverningBody(new ActorId("YZDH-GUANGHUA"), SelfGoverningBodyKind.HomeownersAssembly),
            new LocalDate(2025, 3, 15), new ResidentsCommitteeChannel(new ActorId("JWH-510115001001"), heping), coverage,
            at + Duration.FromDays(14));                                       // through the committee of a covering community
        // end snippet

        Assert.Equal((3, 2), (tally.TotalOwners, tally.ParticipatingOwners));
        Assert.Equal((3L, 4L), (tally.ParticipationAreaRatio.Numerator, tally.ParticipationAreaRatio.Denominator));
        Assert.Equal(AssemblyOutcome.Adopted, tally.Outcome);
        Assert.Equal(guanghua.Id, decision.From);
    }

    [Fact]
    public void The_readme_holds_the_same_snippet() => ReadmeSnippet.AssertRunsAsWritten("README.md", "homeowners-assembly");
}
