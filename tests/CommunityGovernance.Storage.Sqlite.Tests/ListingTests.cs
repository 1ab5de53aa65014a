using CommunityGovernance.Storage;

namespace CommunityGovernance.Storage.Sqlite.Tests;

/// <summary>Streams are listed by kind, once each, in ordinal key order, however many there are.</summary>
public sealed class ListingTests
{
    [Fact]
    public async Task Streams_are_listed_once_each_in_ordinal_key_order()
    {
        using var database = new TempDatabase();
        var store = await database.OpenAsync();
        string[] keys = ["b", "B", "a-2", "a-10", "中文", "Z", "é", "a_1", "a.1", "a:1", "0"];
        foreach (var key in keys)
        {
            await store.AppendAsync(Notes.Stream(key), 0, Notes.Batch("w", 1, 2));
        }

        await store.AppendAsync(StreamName.Create("other", "a"), 0, [Notes.Note("w", 1)]);

        var listed = await store.ListStreamsAsync("note").ToListAsync();

        Assert.Equal(keys.Order(StringComparer.Ordinal), listed.Select(s => s.Key));
        Assert.All(listed, s => Assert.Equal("note", s.Kind));
        Assert.Equal([StreamName.Create("other", "a")], await store.ListStreamsAsync("other").ToListAsync());
        Assert.Empty(await store.ListStreamsAsync("none").ToListAsync());
    }

    [Fact]
    public async Task A_listing_longer_than_a_page_misses_and_repeats_nothing()
    {
        using var database = new TempDatabase();
        var store = await database.OpenAsync();
        var keys = Enumerable.Range(0, 1100).Select(n => $"S-{n}").ToArray();
        var stored = store.Serializer.Serialize(Notes.Note("w", 1));
        using (var connection = database.OpenRaw())
        using (var transaction = connection.BeginTransaction())
        {
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO events (tenant, stream_kind, stream_key, stream_version, event_type, schema_version, data, stored_at) VALUES ('default', 'note', $key, $version, 'Noted', 1, $data, '2026-03-02T09:00:00Z')";
            var key = insert.Parameters.Add("$key", Microsoft.Data.Sqlite.SqliteType.Text);
            var version = insert.Parameters.Add("$version", Microsoft.Data.Sqlite.SqliteType.Integer);
            insert.Parameters.AddWithValue("$data", stored.Data);
            foreach (var k in keys)
            {
                for (var v = 1; v <= 2; v++)
                {
                    key.Value = k;
                    version.Value = v;
                    insert.ExecuteNonQuery();
                }
            }

            transaction.Commit();
        }

        var listed = await store.ListStreamsAsync("note").Select(s => s.Key).ToListAsync();

        Assert.Equal(keys.Order(StringComparer.Ordinal), listed);
    }
}
