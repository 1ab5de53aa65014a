using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Crossings;
using CommunityGovernance.Communities.Crossings.ReadModels;
using CommunityGovernance.Rights;
using CommunityGovernance.Storage;
using CommunityGovernance.Storage.Projections;
using CommunityGovernance.Testing.Communities;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Communities.ReadModels;

public sealed class CrossingsViewTests
{
    private static readonly Instant s_at = Instant.FromUtc(2026, 3, 2, 1, 0);
    private static readonly AdministrativeCommunityId s_heping = AdministrativeCommunityId.Parse("510115001001");
    private static readonly AdministrativeCommunityId s_huimin = AdministrativeCommunityId.Parse("510115002001");

    // Guanghua straddles Heping and Huimin; each street office holds task-setting over its own street.
    private static readonly CrossingWorld s_world = new CrossingWorld(s_at)
        .Cover(new LivingCommunityId("GUANGHUA"), s_heping)
        .Cover(new LivingCommunityId("GUANGHUA"), s_huimin)
        .Grant(new ActorId("JD-" + s_heping.StreetCode), GovernancePowers.Of(GovernancePower.TaskSetting), CommunityUnit.Administrative(s_heping.StreetCode))
        .Grant(new ActorId("JD-" + s_huimin.StreetCode), GovernancePowers.Of(GovernancePower.TaskSetting), CommunityUnit.Administrative(s_huimin.StreetCode));

    [Fact]
    public async Task Orders_and_decisions_are_listed_by_the_community_whose_committee_carried_them_and_by_status()
    {
        var store = new InMemoryEventStore();
        var accepted = Order("LCJ-1", s_heping);
        accepted.Accept(new SelfGoverningBody(new ActorId("YWH-GH"), SelfGoverningBodyKind.HomeownersCommittee), s_at);
        await store.SaveAsync(accepted);
        await store.SaveAsync(Order("LCJ-2", s_heping));
        await store.SaveAsync(Order("GPJ-1", s_huimin));
        var decision = SelfGovernanceDecision.Submit(new CrossingId("GH-D-1"), new LivingCommunityId("GUANGHUA"),
            new SelfGoverningBody(new ActorId("YWH-GH"), SelfGoverningBodyKind.HomeownersCommittee), new LocalDate(2026, 3, 1),
            "增设电动车充电桩", new ResidentsCommitteeChannel(new ActorId("JWH-510115001001"), s_heping), s_world, s_at);
        await store.SaveAsync(decision);
        var view = new CrossingsView();

        await new ProjectionRunner(store, [view]).CatchUpAsync();

        Assert.Equal(["LCJ-1", "LCJ-2"], view.Orders(within: AreaCode.Parse("510115001")).Items.Select(o => o.Id.Value));
        Assert.Equal(["GPJ-1", "LCJ-2"], view.Orders(status: AdministrativeOrderStatus.Sunk).Items.Select(o => o.Id.Value));
        Assert.Equal((1, 3), (view.Orders(size: 1, page: 2).Items.Count, view.Orders(size: 1).Total));
        Assert.Equal(["GH-D-1"], view.Decisions(within: s_heping.AreaCode, acknowledged: false).Items.Select(d => d.Id.Value));
        Assert.Empty(view.Decisions(within: s_huimin.AreaCode).Items);
    }

    private static AdministrativeOrder Order(string id, AdministrativeCommunityId through) => AdministrativeOrder.Sink(
        new CrossingId(id), new ActorId("JD-" + through.StreetCode), GovernancePower.TaskSetting,
        new ResidentsCommitteeChannel(new ActorId("JWH-" + through), through), new LivingCommunityId("GUANGHUA"),
        "清理楼栋消防通道", new LocalDate(2026, 3, 31), s_world.Rights, s_world, s_at);
}
