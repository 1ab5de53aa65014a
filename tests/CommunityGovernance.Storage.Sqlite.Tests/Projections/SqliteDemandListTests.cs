using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Coverage;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Demands;
using CommunityGovernance.Demands.ReadModels;
using CommunityGovernance.Storage.Projections;
using CommunityGovernance.Storage.Sqlite.Projections;
using NodaTime;
using static CommunityGovernance.Storage.Sqlite.Tests.Projections.DemandListScenario;

namespace CommunityGovernance.Storage.Sqlite.Tests.Projections;

/// <summary>The demand list as SQLite rows: the same pages as the in-memory view, kept across restarts.</summary>
public sealed class SqliteDemandListTests
{
    [Fact]
    public async Task Every_page_a_street_office_asks_for_equals_the_in_memory_views()
    {
        using var database = new TempDatabase();
        var store = await database.OpenAsync();
        await WriteAsync(store);
        var list = new SqliteDemandList(await OpenProjectionsAsync(database.Path));
        var view = new ResponseFieldView();

        await new ProjectionRunner(store, [list, view], new ProjectionRunnerOptions { BatchSize = 3 }).CatchUpAsync();

        Assert.Null(await DifferenceAsync(list, view));
        var liucheng = await list.DemandsAsync(new DemandQuery { Within = Liucheng }, At);
        Assert.Equal(["D-2", "D-1", "D-5"], liucheng.Items.Select(d => d.Id.Value));   // newest first; D-1 through the straddling compound
        var routed = Assert.Single((await list.DemandsAsync(new DemandQuery { Assignee = new ActorId("PC-01") }, At)).Items);
        Assert.Equal((DemandStatus.Routed, CommunityUnit.Living(Guanghua)), (routed.Status, routed.Subject));
    }

    [Fact]
    public async Task A_building_moved_to_another_street_moves_its_living_communitys_demands_in_the_list()
    {
        using var database = new TempDatabase();
        var store = await database.OpenAsync();
        await WriteAsync(store);
        var list = new SqliteDemandList(await OpenProjectionsAsync(database.Path));
        var view = new ResponseFieldView();
        var runner = new ProjectionRunner(store, [list, view]);
        await runner.CatchUpAsync();

        var coverage = (await store.LoadAsync(CoverageRegister.StreamOf(Wenjiang)))!;
        coverage.MoveBuilding(new BuildingId("GH-2"), Yongning, DemandListScenario.District, At + Duration.FromDays(1));
        coverage.WithdrawBuilding(new BuildingId("GH-1"), At + Duration.FromDays(1));
        await store.SaveAsync(coverage);
        await runner.CatchUpAsync();

        Assert.Null(await DifferenceAsync(list, view));
        Assert.Equal(["D-3", "D-1"], (await list.DemandsAsync(new DemandQuery { Within = Gongping }, At)).Items.Select(d => d.Id.Value));
        Assert.DoesNotContain("D-1", (await list.DemandsAsync(new DemandQuery { Within = Liucheng }, At)).Items.Select(d => d.Id.Value));
    }

    [Fact]
    public async Task A_restarted_list_resumes_at_its_checkpoint_and_applies_only_what_came_after()
    {
        using var database = new TempDatabase();
        var store = await database.OpenAsync();
        await WriteAsync(store);
        await new ProjectionRunner(store, [new SqliteDemandList(await OpenProjectionsAsync(database.Path))]).CatchUpAsync();
        var before = database.Scalar<long>("SELECT position FROM projection_checkpoints WHERE projection = 'demand-list'");

        // As after a restart: a new store, list and runner over the same file.
        var reopened = await database.OpenAsync();
        var late = Raise("D-6", CommunityUnit.Administrative(Yongning), 4);
        var written = await reopened.SaveAsync(late);
        var list = new SqliteDemandList(await OpenProjectionsAsync(database.Path));
        var runner = new ProjectionRunner(reopened, [list]);
        Assert.Equal(before, (await list.LoadCheckpointAsync(default)));
        await runner.CatchUpAsync();

        Assert.Equal(written.LastPosition, runner.Statuses[0].Checkpoint);
        Assert.Equal(6, database.Scalar<long>("SELECT count(*) FROM demand_list"));
        Assert.Equal("D-6", (await list.DemandsAsync(new DemandQuery(), At)).Items[0].Id.Value);
    }

    [Fact]
    public async Task A_caller_that_has_raised_a_demand_finds_it_in_the_list_once_the_runner_reaches_its_position()
    {
        using var database = new TempDatabase();
        var store = await database.OpenAsync();
        var list = new SqliteDemandList(await OpenProjectionsAsync(database.Path));
        var runner = new ProjectionRunner(store, [list], new ProjectionRunnerOptions { PollInterval = TimeSpan.FromMinutes(5) });
        using var stop = new CancellationTokenSource();
        var running = runner.RunAsync(stop.Token);

        var written = await store.SaveAsync(Raise("D-1", CommunityUnit.Administrative(Heping), 0));
        await runner.WaitForAsync(written.LastPosition, TimeSpan.FromSeconds(30));

        Assert.Equal("D-1", Assert.Single((await list.DemandsAsync(new DemandQuery(), At)).Items).Id.Value);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
    }

    [Fact]
    public async Task An_event_about_a_demand_never_raised_stops_the_list_at_that_event_with_its_cause_keeping_what_came_before()
    {
        using var database = new TempDatabase();
        var store = await database.OpenAsync();
        await store.SaveAsync(Raise("D-1", CommunityUnit.Administrative(Heping), 0));
        var headless = await store.AppendAsync(Demand.StreamOf(new DemandId("D-9")), 0, [new DemandAccepted(new DemandId("D-9"), new ActorId("JWH-1"), "", At)]);
        await store.SaveAsync(Raise("D-2", CommunityUnit.Administrative(Heping), 1));
        var list = new SqliteDemandList(await OpenProjectionsAsync(database.Path));
        var runner = new ProjectionRunner(store, [list]);

        await runner.CatchUpAsync();

        var status = runner.Statuses[0];
        Assert.Equal(ProjectionState.Failed, status.State);
        Assert.Equal(headless.LastPosition, status.Failure!.Position);
        Assert.Equal(Demand.StreamOf(new DemandId("D-9")), status.Failure.Stream);
        Assert.Contains("D-9", status.Failure.InnerException!.Message, StringComparison.Ordinal);
        Assert.Equal(headless.LastPosition - 1, status.Checkpoint);
        Assert.Equal(headless.LastPosition - 1, await list.LoadCheckpointAsync(default));
        Assert.Equal(["D-1"], (await list.DemandsAsync(new DemandQuery(), At)).Items.Select(d => d.Id.Value));

        // Started again, it stops at the same event: never past it.
        var again = new ProjectionRunner(store, [new SqliteDemandList(await OpenProjectionsAsync(database.Path))]);
        await again.CatchUpAsync();
        Assert.Equal(headless.LastPosition, again.Statuses[0].Failure!.Position);
    }

    [Fact]
    public async Task Tenants_sharing_a_file_page_only_their_own_demands()
    {
        using var database = new TempDatabase();
        var (east, west) = (new TenantId("east"), new TenantId("west"));
        var eastStore = await database.OpenAsync(east);
        var westStore = eastStore.ForTenant(west);
        await eastStore.SaveAsync(Raise("D-1", CommunityUnit.Administrative(Heping), 0));
        await westStore.SaveAsync(Raise("D-1", CommunityUnit.Administrative(Yongning), 0));
        await westStore.SaveAsync(Raise("D-2", CommunityUnit.Administrative(Yongning), 1));
        var projections = await OpenProjectionsAsync(database.Path, east);
        var eastList = new SqliteDemandList(projections);
        var westList = new SqliteDemandList(projections.ForTenant(west));

        await new ProjectionRunner(eastStore, [eastList]).CatchUpAsync();
        await new ProjectionRunner(westStore, [westList]).CatchUpAsync();

        var eastPage = await eastList.DemandsAsync(new DemandQuery(), At);
        var westPage = await westList.DemandsAsync(new DemandQuery(), At);
        Assert.Equal((1, Heping.AreaCode), (eastPage.Total, eastPage.Items[0].Subject.AreaCode));
        Assert.Equal(["D-2", "D-1"], westPage.Items.Select(d => d.Id.Value));
        Assert.All(westPage.Items, d => Assert.Equal(Yongning.AreaCode, d.Subject.AreaCode));
    }

    [Fact]
    public async Task The_list_keeps_no_text_of_a_demand_only_what_its_screen_filters_and_orders_by()
    {
        using var database = new TempDatabase();
        var store = await database.OpenAsync();
        await WriteAsync(store);
        await new ProjectionRunner(store, [new SqliteDemandList(await OpenProjectionsAsync(database.Path))]).CatchUpAsync();

        var columns = database.Column("SELECT name FROM pragma_table_info('demand_list')");

        Assert.DoesNotContain("text", columns);
        Assert.DoesNotContain(database.Column("SELECT id FROM demand_list"), id => id.Contains("lift", StringComparison.Ordinal));
        Assert.Equal(0, database.Scalar<long>("SELECT count(*) FROM demand_list WHERE position <= 0"));
    }
}
