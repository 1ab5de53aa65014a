using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using CommunityGovernance.Storage.Projections;
using CommunityGovernance.Storage.Sqlite.Projections;
using static CommunityGovernance.Storage.Sqlite.Tests.Projections.DemandListScenario;

namespace CommunityGovernance.Storage.Sqlite.Tests.Projections;

/// <summary>The read model of one's own that docs/storage.md shows, compiled and run as it is written there.</summary>
public sealed class VendorProjectionTests
{
    [Fact]
    public async Task The_documented_read_model_counts_raised_demands_per_category_once_each_across_a_restart()
    {
        using var database = new TempDatabase();
        var store = await database.OpenAsync();
        await store.SaveAsync(Raise("D-1", CommunityUnit.Administrative(Heping), 0));
        await new ProjectionRunner(store, [new DemandsByCategory(await OpenProjectionsAsync(database.Path))]).CatchUpAsync();
        await store.SaveAsync(Raise("D-2", CommunityUnit.Administrative(Heping), 1));
        await new ProjectionRunner(store, [new DemandsByCategory(await OpenProjectionsAsync(database.Path))]).CatchUpAsync();

        Assert.Equal(2, database.Scalar<long>($"SELECT raised FROM demands_by_category WHERE category = {(int)DemandCategory.PublicService}"));
    }

    // As in docs/storage.md, "A read model of your own".
    public sealed class DemandsByCategory(SqliteProjectionStore database) : SqliteProjection("demands-by-category", database)
    {
        protected override SqliteProjectionSchema Schema { get; } = new(1, """
            CREATE TABLE demands_by_category (
                tenant TEXT NOT NULL, category INTEGER NOT NULL, raised INTEGER NOT NULL,
                PRIMARY KEY (tenant, category)
            ) STRICT;
            """, ["demands_by_category"]);

        protected override void When(SqliteProjectionSession session, RecordedEvent recorded)
        {
            if (recorded.Event is DemandRaised raised)
            {
                session.Execute("""
                    INSERT INTO demands_by_category (tenant, category, raised) VALUES ($tenant, $category, 1)
                    ON CONFLICT (tenant, category) DO UPDATE SET raised = raised + 1;
                    """, ("$category", (long)raised.Category));
            }
        }
    }
}
