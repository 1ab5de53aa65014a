using CommunityGovernance.Storage;

namespace CommunityGovernance.Storage.Sqlite.Tests;

/// <summary>A row that cannot be read stops the read, naming its stream and version; it is never skipped.</summary>
public sealed class UnreadableRowTests
{
    public static TheoryData<string, string, int, string> Rows => new()
    {
        { "corrupt JSON", nameof(Noted), 1, "{\"occurredAt\": \"2026-03-02T09:00:00Z\", \"writer\": " },
        { "unknown type", "NoSuchEvent", 1, "{}" },
        { "future schema version", nameof(Noted), 99, "{\"occurredAt\":\"2026-03-02T09:00:00Z\",\"writer\":\"w\",\"sequence\":2,\"text\":\"t\"}" },
        { "invalid value", nameof(Noted), 1, "{\"occurredAt\":\"not an instant\",\"writer\":\"w\",\"sequence\":2,\"text\":\"t\"}" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task An_unreadable_row_raises_an_error_naming_its_stream_and_version(string why, string type, int schemaVersion, string data)
    {
        using var database = new TempDatabase();
        var store = await database.OpenAsync();
        var stream = Notes.Stream("N-1");
        await store.AppendAsync(stream, 0, [Notes.Note("w", 1)]);
        Insert(database, stream, version: 2, type, schemaVersion, data, storedAt: "2026-03-02T09:00:00Z");
        await store.AppendAsync(stream, 2, [Notes.Note("w", 3)]);

        var fromStream = await Assert.ThrowsAsync<StoredEventUnreadableException>(() => store.ReadStreamAsync(stream));
        var fromFeed = await Assert.ThrowsAsync<StoredEventUnreadableException>(() => store.ReadAllAsync(0, 10));

        foreach (var unreadable in new[] { fromStream, fromFeed })
        {
            Assert.True(unreadable.Stream == stream, why);
            Assert.Equal(2, unreadable.StreamVersion);
            Assert.Equal(type, unreadable.EventType);
            Assert.Equal(StorageRules.StoredEventIsReadable, unreadable.Rule);
        }

        // The rows on either side still read; the feed stops at the bad one rather than pass over it.
        Assert.Single(await store.ReadAllAsync(0, 1));
        var afterIt = await store.ReadAllAsync(2, 10);
        Assert.Equal(3, Assert.Single(afterIt).StreamVersion);
    }

    [Fact]
    public async Task A_row_whose_stored_instant_is_malformed_is_unreadable_too()
    {
        using var database = new TempDatabase();
        var store = await database.OpenAsync();
        var stream = Notes.Stream("N-1");
        Insert(database, stream, version: 1, nameof(Noted), 1, "{\"occurredAt\":\"2026-03-02T09:00:00Z\",\"writer\":\"w\",\"sequence\":1,\"text\":\"t\"}", storedAt: "yesterday");

        var unreadable = await Assert.ThrowsAsync<StoredEventUnreadableException>(() => store.ReadStreamAsync(stream));

        Assert.Equal((stream, 1L), (unreadable.Stream, unreadable.StreamVersion));
        Assert.Contains("yesterday", unreadable.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erasing_a_stream_with_an_unreadable_row_names_the_row_and_changes_nothing()
    {
        using var database = new TempDatabase();
        var store = await database.OpenAsync();
        var stream = Notes.Stream("N-1");
        await store.AppendAsync(stream, 0, [Notes.Note("w", 1)]);
        Insert(database, stream, version: 2, "NoSuchEvent", 1, "{}", storedAt: "2026-03-02T09:00:00Z");
        var before = database.Column("SELECT data FROM events ORDER BY position");

        var unreadable = await Assert.ThrowsAsync<StoredEventUnreadableException>(() => store.ErasePersonalDataAsync(stream, new PersonalDataEraser(store.Serializer)));

        Assert.Equal(2, unreadable.StreamVersion);
        Assert.Equal(before, database.Column("SELECT data FROM events ORDER BY position"));
    }

    private static void Insert(TempDatabase database, StreamName stream, long version, string type, int schemaVersion, string data, string storedAt) =>
        database.Execute(
            "INSERT INTO events (tenant, stream_kind, stream_key, stream_version, event_type, schema_version, data, stored_at) VALUES ('default', $kind, $key, $version, $type, $schema, $data, $at)",
            ("$kind", stream.Kind),
            ("$key", stream.Key),
            ("$version", version),
            ("$type", type),
            ("$schema", schemaVersion),
            ("$data", data),
            ("$at", storedAt));
}
