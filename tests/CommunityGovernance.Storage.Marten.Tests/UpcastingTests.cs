using CommunityGovernance.Tests.Servers;
using Marten;

namespace CommunityGovernance.Storage.Marten.Tests;

/// <summary>Rows of an older schema version are read through the serializer's upcasters, by this store and by Marten itself.</summary>
public sealed class UpcastingTests(PostgresServer server) : PostgresTests(server)
{
    [SkippableFact]
    public async Task A_version_1_row_reads_as_the_current_version_through_the_upcaster()
    {
        await using var database = await NewStoreAsync();
        var store = database.Open();
        var stream = Samples.NoteStream("H-1");

        // Written when HouseholdNoted was at version 1: under its plain name, with the old member "note".
        await database.InsertEventAsync(store.Tenant, stream, 1, "HouseholdNoted", """{"occurredAt":"2026-03-02T09:00:00Z","household":"H-1","note":"楼道漏水"}""");
        await store.AppendAsync(stream, 1, [Samples.Note("H-1", "已修复")]);

        var read = await store.ReadStreamAsync(stream);

        Assert.Equal(
            [new HouseholdNoted(Samples.At, "H-1", "楼道漏水", "(before authors were recorded)"), Samples.Note("H-1", "已修复")],
            read.Select(r => r.Event));
        Assert.Equal(["HouseholdNoted", "HouseholdNoted.v2"], (await database.QueryAsync("select type from {schema}.mt_events order by seq_id")).Select(r => (string)r[0]!));
    }

    [SkippableFact]
    public async Task Marten_itself_upcasts_the_old_rows_so_a_vendors_projection_sees_the_current_shape()
    {
        await using var database = await NewStoreAsync();
        var stream = Samples.NoteStream("H-1");
        await database.InsertEventAsync(TenantId.Default, stream, 1, "HouseholdNoted", """{"occurredAt":"2026-03-02T09:00:00Z","household":"H-1","note":"楼道漏水"}""");

        await using var session = database.Store.QuerySession(TenantId.Default.Value);
        var events = await session.Events.FetchStreamAsync(stream.ToString());

        var upcast = Assert.IsType<HouseholdNoted>(Assert.Single(events).Data);
        Assert.Equal("楼道漏水", upcast.Text);
    }
}
