using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Coverage;
using CommunityGovernance.Communities.Grids;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Demands;
using CommunityGovernance.Demands.Catalogue;
using CommunityGovernance.Kernel;
using CommunityGovernance.Testing.Communities;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Communities.Grids;

public sealed class GridMapTests
{
    private static readonly Instant s_at = Instant.FromUtc(2026, 3, 2, 1, 0);
    private static readonly AdministrativeCommunityId s_community = AdministrativeCommunityId.Parse("510115001001");
    private static readonly AdministrativeCommunityId s_neighbour = AdministrativeCommunityId.Parse("510115001002");
    private static readonly GridId s_first = new("G-01");
    private static readonly GridId s_second = new("G-02");
    private static readonly ActorId s_wang = new("GW-WANG");
    private static readonly ActorId s_li = new("GW-LI");
    private static readonly BuildingId s_building1 = new("B-1");
    private static readonly BuildingId s_building2 = new("B-2");
    private static readonly BuildingId s_across = new("N-1");

    private static readonly GridScenario s_world = new(s_community, s_neighbour, [s_building1, s_building2], [s_across], [s_wang, s_li], new ActorId("GW-X"), []);

    private static Instant Hour(int n) => s_at + Duration.FromHours(n);

    private static (GridMap Map, CoverageRegister Coverage) Drawn()
    {
        var map = GridMap.Open(s_community, s_world.Directory(s_at), s_at);
        map.DrawGrid(s_first, "第一网格", Hour(1));
        map.DrawGrid(s_second, "第二网格", Hour(1));
        return (map, s_world.Coverage(s_at));
    }

    [Fact]
    public void A_community_is_divided_into_grids_that_cover_its_buildings_and_have_workers()
    {
        var (map, coverage) = Drawn();

        map.PlaceBuilding(s_building1, s_first, coverage, Hour(2));
        map.PlaceBuilding(s_building2, s_first, coverage, Hour(2));
        map.PostWorker(s_wang, s_first, s_world.Directory(s_at), Hour(3));
        map.PostWorker(s_li, s_first, s_world.Directory(s_at), Hour(3));
        map.MoveBuilding(s_building2, s_second, Hour(4));
        map.RepostWorker(s_li, s_second, Hour(5));

        Assert.True(map.TryGetGrid(s_building2, out var grid));
        Assert.Equal(s_second, grid);
        Assert.Equal([s_building1], map.BuildingsIn(s_first));
        Assert.Equal([s_wang], map.WorkersOf(s_first));
        Assert.Equal(new GridRoute(s_second, s_community, new EquatableArray<ActorId>([s_li])), map.RouteOf(s_building2));
        Assert.Equal(
            new GridMapSnapshot(
                s_community,
                new EquatableArray<Grid>([new Grid(s_first, "第一网格"), new Grid(s_second, "第二网格")]),
                new EquatableArray<GriddedBuilding>([new GriddedBuilding(s_building1, s_first), new GriddedBuilding(s_building2, s_second)]),
                new EquatableArray<GridPosting>([new GridPosting(s_li, s_second), new GridPosting(s_wang, s_first)])),
            map.ToSnapshot());
        Assert.Equal("grid-map/510115001001", map.Stream.ToString());
    }

    [Fact]
    public void A_stood_down_worker_leaves_the_route_and_a_withdrawn_building_has_none()
    {
        var (map, coverage) = Drawn();
        map.PlaceBuilding(s_building1, s_first, coverage, Hour(2));
        map.PostWorker(s_wang, s_first, s_world.Directory(s_at), Hour(3));

        map.StandDownWorker(s_wang, Hour(4));
        Assert.Equal(new GridRoute(s_first, s_community, new EquatableArray<ActorId>([])), map.RouteOf(s_building1));

        map.WithdrawBuilding(s_building1, Hour(5));
        Assert.Null(map.RouteOf(s_building1));
        Assert.False(map.TryGetPosting(s_wang, out _));
    }

    public static TheoryData<string, Action<GridMap, CoverageRegister>> Refusals() => new()
    {
        { CommunityRules.GridIsDrawnOnce, (m, _) => m.DrawGrid(s_first, "again", Hour(9)) },
        { CommunityRules.GridIsDrawn, (m, c) => m.PlaceBuilding(s_building2, new GridId("G-99"), c, Hour(9)) },
        { CommunityRules.GridIsDrawn, (m, _) => m.PostWorker(s_li, new GridId("G-99"), s_world.Directory(s_at), Hour(9)) },
        { CommunityRules.BuildingLiesInOneGrid, (m, c) => m.PlaceBuilding(s_building1, s_second, c, Hour(9)) },
        { CommunityRules.BuildingLiesInGridCommunity, (m, c) => m.PlaceBuilding(s_across, s_first, c, Hour(9)) },
        { CommunityRules.BuildingLiesInGridCommunity, (m, c) => m.PlaceBuilding(new BuildingId("U-1"), s_first, c, Hour(9)) },
        { CommunityRules.BuildingIsGridded, (m, _) => m.MoveBuilding(s_building2, s_second, Hour(9)) },
        { CommunityRules.BuildingIsGridded, (m, _) => m.WithdrawBuilding(s_building2, Hour(9)) },
        { CommunityRules.MoveChangesGrid, (m, _) => m.MoveBuilding(s_building1, s_first, Hour(9)) },
        { CommunityRules.GridWorkerIsPostedOnce, (m, _) => m.PostWorker(s_wang, s_second, s_world.Directory(s_at), Hour(9)) },
        { CommunityRules.GridWorkerIsPosted, (m, _) => m.RepostWorker(s_li, s_second, Hour(9)) },
        { CommunityRules.GridWorkerIsPosted, (m, _) => m.StandDownWorker(s_li, Hour(9)) },
        { CommunityRules.RepostChangesGrid, (m, _) => m.RepostWorker(s_wang, s_first, Hour(9)) },
        { ActorRules.ActorIsRegistered, (m, _) => m.PostWorker(new ActorId("GW-X"), s_first, s_world.Directory(s_at), Hour(9)) },
        { CommunityRules.GridIdIsWellFormed, (m, _) => m.DrawGrid(default, "none", Hour(9)) },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_refused_command_names_its_rule_and_changes_nothing(string rule, Action<GridMap, CoverageRegister> command)
    {
        var (map, coverage) = Drawn();
        map.PlaceBuilding(s_building1, s_first, coverage, Hour(2));
        map.PostWorker(s_wang, s_first, s_world.Directory(s_at), Hour(3));
        var before = map.ToSnapshot();
        var version = map.Version;

        var refused = Assert.Throws<DomainRuleViolationException>(() => command(map, coverage));

        Assert.Equal(rule, refused.Rule);
        Assert.Equal(before, map.ToSnapshot());
        Assert.Equal(version, map.Version);
    }

    [Fact]
    public void A_map_is_opened_only_for_a_community_the_directory_knows()
    {
        var refused = Assert.Throws<DomainRuleViolationException>(() => GridMap.Open(s_community, new FixedCommunityDirectory(s_at), s_at));

        Assert.Equal(CommunityRules.UnitIsEstablished, refused.Rule);
    }

    [Fact]
    public void A_grid_workers_case_is_routed_to_the_grid_of_its_building()
    {
        var (map, coverage) = Drawn();
        map.PlaceBuilding(s_building1, s_first, coverage, Hour(2));
        map.PlaceBuilding(s_building2, s_second, coverage, Hour(2));
        map.PostWorker(s_wang, s_second, s_world.Directory(s_at), Hour(3));

        var route = map.RouteOf(Reported(IntakeChannel.GridWorker, s_building2));

        Assert.Equal(new GridRoute(s_second, s_community, new EquatableArray<ActorId>([s_wang])), route);
    }

    [Fact]
    public void Only_a_grid_workers_case_naming_a_gridded_building_is_routed_by_grid()
    {
        var (map, coverage) = Drawn();
        map.PlaceBuilding(s_building1, s_first, coverage, Hour(2));

        Assert.Equal(CommunityRules.GridCaseIsReportedByGridWorker, Assert.Throws<DomainRuleViolationException>(() => map.RouteOf(Reported(IntakeChannel.Hotline12345, s_building1))).Rule);
        Assert.Equal(CommunityRules.GridCaseNamesGriddedBuilding, Assert.Throws<DomainRuleViolationException>(() => map.RouteOf(Reported(IntakeChannel.GridWorker, s_building2))).Rule);
        Assert.Equal(CommunityRules.GridCaseNamesGriddedBuilding, Assert.Throws<DomainRuleViolationException>(() => map.RouteOf(Reported(IntakeChannel.GridWorker, null))).Rule);
    }

    private static Demand Reported(IntakeChannel channel, BuildingId? building) => Demand.Raise(
        new DemandId("D-1"), s_wang, CommunityUnit.Administrative(s_community),
        new ServiceDefinition(new ServiceCode("ROAD"), "道路破损", "市政", DemandCategory.PublicService, []),
        "楼下路面塌陷", new DemandIntake(channel, DemandUrgency.Routine, new DemandLocation("柳城街道 1 号", building: building)),
        DemandDeadlines.Default, EverythingExists.Directory, Hour(6));
}
