using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Coverage;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Demands;
using CommunityGovernance.Demands.ReadModels;
using CommunityGovernance.Storage;
using CommunityGovernance.Storage.Projections;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Demands.ReadModels;

public sealed class ResponseFieldViewTests
{
    private static readonly Instant s_at = Instant.FromUtc(2026, 3, 2, 1, 0);
    private static readonly AreaCode s_wenjiang = AreaCode.Parse("510115");
    private static readonly AreaCode s_liucheng = AreaCode.Parse("510115001");
    private static readonly AreaCode s_gongping = AreaCode.Parse("510115002");
    private static readonly AdministrativeCommunityId s_heping = AdministrativeCommunityId.Parse("510115001001");
    private static readonly AdministrativeCommunityId s_huangjinlu = AdministrativeCommunityId.Parse("510115001002");
    private static readonly AdministrativeCommunityId s_yongning = AdministrativeCommunityId.Parse("510115002001");
    private static readonly LivingCommunityId s_guanghua = new("GUANGHUA");
    private static readonly LivingCommunityId s_linxi = new("LINXI");
    private static readonly CommunityGovernance.Communities.Hierarchy.District s_district = CommunityGovernance.Domain.Tests.Communities.CoverageFixtures.DistrictWith(s_wenjiang, s_heping, s_huangjinlu, s_yongning);
    private static readonly LivingCommunity s_guanghuaCompound = CommunityGovernance.Domain.Tests.Communities.CoverageFixtures.LivingWith(s_guanghua, [.. Enumerable.Range(0, 8).Select(b => $"GH-{b}")]);
    private static readonly LivingCommunity s_linxiCompound = CommunityGovernance.Domain.Tests.Communities.CoverageFixtures.LivingWith(s_linxi, "LX-1");

    [Fact]
    public async Task A_demand_about_a_straddling_compound_counts_in_both_communities_and_once_in_the_street_and_district()
    {
        var (store, view) = await Scenario();

        var communities = view.ByCommunity(s_at);
        var streets = view.ByStreet(s_at);

        Assert.Equal(2, communities[s_heping].Raised);          // the compound's demand and the community's own
        Assert.Equal(1, communities[s_huangjinlu].Raised);      // the compound's demand
        Assert.Equal(1, communities[s_yongning].Raised);        // Linxi's demand
        Assert.Equal(2, streets[s_liucheng].Raised);            // the compound's demand once, the community's own
        Assert.Equal(1, streets[s_gongping].Raised);
        Assert.Equal(3, view.For(s_wenjiang, s_at).Raised);     // every covered demand once
        Assert.Equal([new DemandId("D-4")], view.Uncovered());  // about a living community no register knows
        _ = store;
    }

    [Fact]
    public async Task A_building_moved_to_another_street_takes_its_living_communitys_demands_with_it()
    {
        var (store, view) = await Scenario();
        var coverage = (await store.LoadAsync(CoverageRegister.StreamOf(s_wenjiang)))!;
        coverage.MoveBuilding(new BuildingId("GH-2"), s_yongning, s_district, s_at + Duration.FromDays(1));
        await store.SaveAsync(coverage);

        await new ProjectionRunner(store, [view]).CatchUpAsync();

        Assert.False(view.ByCommunity(s_at).ContainsKey(s_huangjinlu));
        Assert.Equal(2, view.ByStreet(s_at)[s_gongping].Raised);
        Assert.Equal(3, view.For(s_wenjiang, s_at).Raised);
    }

    [Fact]
    public async Task The_demand_list_filters_by_unit_status_assignee_and_overdue_orders_and_pages()
    {
        var (_, view) = await Scenario();

        var liucheng = view.Demands(new DemandQuery { Within = s_liucheng, PageSize = 1 }, s_at);
        var routed = view.Demands(new DemandQuery { Assignee = new ActorId("PC-01") }, s_at);
        var overdueLater = view.Demands(new DemandQuery { Overdue = true, Order = DemandOrder.OldestFirst }, s_at + Duration.FromDays(90));

        Assert.Equal((2, 2), (liucheng.Total, liucheng.PageCount));
        Assert.Equal(new DemandId("D-2"), liucheng.Items.Single().Id);     // newest first
        Assert.Equal([new DemandId("D-1")], routed.Items.Select(d => d.Id));
        Assert.Equal(DemandStatus.Routed, routed.Items[0].Status);
        Assert.Equal(["D-1", "D-2", "D-3", "D-4"], overdueLater.Items.Select(d => d.Id.Value));   // a list without a unit lists uncovered demands too
        Assert.Equal(ActorKind.PropertyCompany, Assert.Single(view.ByAssigneeKind(s_at)).Key);
    }

    public static Arbitrary<(int[] Buildings, int[] Subjects)> Layouts() =>
        (from buildings in Gen.Choose(0, 2).ArrayOf().Where(b => b.Length is > 0 and < 8)
         from subjects in Gen.Choose(0, 4).ArrayOf().Where(s => s.Length < 12)
         select (buildings, subjects)).ToArbitrary();

    // Buildings of one compound are spread over three communities in two streets; demands are about the compound, a
    // community, or a compound no register knows. Whatever the layout, the roll-ups nest.
    [ScaledProperty(Arbitrary = [typeof(ResponseFieldViewTests)])]
    public Property Roll_ups_count_each_covered_demand_once_per_unit_and_nest_from_community_to_district((int[] Buildings, int[] Subjects) layout)
    {
        var jurisdictions = new[] { s_heping, s_huangjinlu, s_yongning };
        var store = new InMemoryEventStore();
        var coverage = CoverageRegister.Open(s_wenjiang, s_at);
        for (var b = 0; b < layout.Buildings.Length; b++)
        {
            coverage.PlaceBuilding(new BuildingId($"GH-{b}"), s_guanghuaCompound, jurisdictions[layout.Buildings[b]], s_district, s_at);
        }

        store.SaveAsync(coverage).GetAwaiter().GetResult();
        var units = new[] { CommunityUnit.Living(s_guanghua), CommunityUnit.Administrative(s_heping), CommunityUnit.Administrative(s_yongning), CommunityUnit.Living(s_linxi), CommunityUnit.Administrative(s_liucheng) };
        for (var d = 0; d < layout.Subjects.Length; d++)
        {
            store.SaveAsync(Raise($"D-{d}", units[layout.Subjects[d]], 0)).GetAwaiter().GetResult();
        }

        var view = new ResponseFieldView();
        new ProjectionRunner(store, [view]).CatchUpAsync().GetAwaiter().GetResult();

        var spanned = layout.Buildings.Distinct().Select(b => jurisdictions[b]).ToHashSet();
        int Expected(Func<CommunityUnit, bool> countsFor) => layout.Subjects.Count(s => countsFor(units[s]));
        bool Covers(CommunityUnit unit, AreaCode area) =>
            unit.IsLiving ? unit.LivingCommunityId == s_guanghua && spanned.Any(j => j.AreaCode.IsWithin(area)) : unit.AreaCode.IsWithin(area);

        var communities = view.ByCommunity(s_at);
        var streets = view.ByStreet(s_at);
        var district = view.For(s_wenjiang, s_at).Raised;
        return jurisdictions.All(j => (communities.GetValueOrDefault(j)?.Raised ?? 0) == Expected(u => Covers(u, j.AreaCode))).Label("each community counts the demands it covers")
            .And(new[] { s_liucheng, s_gongping }.All(s => (streets.GetValueOrDefault(s)?.Raised ?? 0) == Expected(u => Covers(u, s)))).Label("each street counts its demands once")
            .And(district == Expected(u => Covers(u, s_wenjiang))).Label("the district counts every covered demand once")
            .And(new[] { s_liucheng, s_gongping }.All(s => (streets.GetValueOrDefault(s)?.Raised ?? 0) <= jurisdictions.Where(j => j.StreetCode == s).Sum(j => communities.GetValueOrDefault(j)?.Raised ?? 0) + Expected(u => u == CommunityUnit.Administrative(s)))).Label("a street counts no more than its communities together and the demands about the street itself")
            .And(view.Uncovered().Count == Expected(u => u.IsLiving && u.LivingCommunityId == s_linxi)).Label("demands about an unknown compound are uncovered");
    }

    private static async Task<(InMemoryEventStore Store, ResponseFieldView View)> Scenario()
    {
        var store = new InMemoryEventStore();
        var coverage = CoverageRegister.Open(s_wenjiang, s_at);
        coverage.PlaceBuilding(new BuildingId("GH-1"), s_guanghuaCompound, s_heping, s_district, s_at);
        coverage.PlaceBuilding(new BuildingId("GH-2"), s_guanghuaCompound, s_huangjinlu, s_district, s_at);
        coverage.PlaceBuilding(new BuildingId("LX-1"), s_linxiCompound, s_yongning, s_district, s_at);
        await store.SaveAsync(coverage);

        var property = Actor.RegisterOrganisation(new ActorId("PC-01"), ActorKind.PropertyCompany, "光华物业", s_at);
        property.AssignResponsibility(DemandCategory.PublicService, CommunityUnit.Living(s_guanghua), EverythingExists.Directory, s_at);
        await store.SaveAsync(property);

        var compound = Raise("D-1", CommunityUnit.Living(s_guanghua), 0);
        compound.Accept(new ActorId("JWH-510115001001"), s_at + Duration.FromHours(1));
        compound.Route(new ActorId("JWH-510115001001"), property, s_at + Duration.FromHours(2));
        await store.SaveAsync(compound);
        await store.SaveAsync(Raise("D-2", CommunityUnit.Administrative(s_heping), 1));
        await store.SaveAsync(Raise("D-3", CommunityUnit.Living(s_linxi), 2));
        await store.SaveAsync(Raise("D-4", CommunityUnit.Living(new LivingCommunityId("NOWHERE")), 3));

        var view = new ResponseFieldView();
        await new ProjectionRunner(store, [view]).CatchUpAsync();
        return (store, view);
    }

    private static Demand Raise(string id, CommunityUnit subject, int day) =>
        Demand.Raise(new DemandId(id), new ActorId("R-17"), subject, DemandCategory.PublicService, "电梯故障", "The lift has stopped.", DemandDeadlines.Default, EverythingExists.Directory, s_at + Duration.FromDays(day));
}
