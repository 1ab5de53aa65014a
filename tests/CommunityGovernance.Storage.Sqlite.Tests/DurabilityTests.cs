using System.Text.Json;
using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Storage;
using CommunityGovernance.Testing.Communities;

namespace CommunityGovernance.Storage.Sqlite.Tests;

/// <summary>What reaches the file, and what a new store instance reads back from it.</summary>
public sealed class DurabilityTests
{
    private static readonly ResidentParticulars s_wang = new(
        new PersonName("王伟"),
        ResidentIdentityNumber.Parse("11010519491231002X"),
        new PhoneNumber("13800000000"),
        AreaCode.Parse("510115"),
        new Residence(AdministrativeCommunityId.Parse("510115001001")));

    [Fact]
    public async Task A_new_store_on_the_same_file_reads_everything_back_equal()
    {
        using var database = new TempDatabase();
        var first = await database.OpenAsync();
        await first.AppendAsync(Notes.Stream("N-1"), 0, Notes.Batch("柳城街道", 1, 3));
        await first.AppendAsync(Notes.Stream("N-2"), 0, [Notes.Note("和平社区", 1, "光华逸家 3 栋 · \"quoted\" \\ 𠀋")]);
        await first.SaveAsync(Actor.RegisterResident(new ActorId("A-0001"), s_wang, new FixedCommunityDirectory(TempDatabase.At).Establish(s_wang.ActualResidence), TempDatabase.At));
        var written = await first.ReadFeedAsync().ToListAsync();

        var reopened = await SqliteEventStore.OpenAsync(new SqliteEventStoreOptions { ConnectionString = $"Data Source={database.Path};Pooling=False", Serializer = database.Serializer });
        var read = await reopened.ReadFeedAsync().ToListAsync();

        Assert.Equal(written, read);
        Assert.Equal(5, read.Count);
        Assert.Equal("光华逸家 3 栋 · \"quoted\" \\ 𠀋", ((Noted)(await reopened.ReadStreamAsync(Notes.Stream("N-2")))[0].Event).Text);
        Assert.Equal(s_wang, (await reopened.LoadAsync(Actor.StreamOf(new ActorId("A-0001"))))!.Resident);
        Assert.Equal(["N-1", "N-2"], await reopened.ListStreamsAsync("note").Select(s => s.Key).ToListAsync());
    }

    [Fact]
    public async Task Chinese_text_is_stored_as_it_reads_not_escaped()
    {
        using var database = new TempDatabase();
        var store = await database.OpenAsync();
        await store.AppendAsync(Notes.Stream("N-1"), 0, [Notes.Note("柳城街道", 1, "光华逸家")]);

        var data = Assert.Single(database.Column("SELECT data FROM events"));

        Assert.Contains("光华逸家", data, StringComparison.Ordinal);
        Assert.Contains("柳城街道", data, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_residents_identity_number_name_and_phone_never_reach_the_file_in_clear()
    {
        using var database = new TempDatabase();
        var store = await database.OpenAsync();
        var resident = Actor.RegisterResident(new ActorId("A-0001"), s_wang, new FixedCommunityDirectory(TempDatabase.At).Establish(s_wang.ActualResidence), TempDatabase.At);
        await store.SaveAsync(resident);

        var rows = database.Column("SELECT event_type || ' ' || data FROM events");
        var file = await File.ReadAllBytesAsync(database.Path);
        var wal = File.Exists(database.Path + "-wal") ? await File.ReadAllBytesAsync(database.Path + "-wal") : [];

        Assert.Single(rows);
        Assert.StartsWith(nameof(ResidentRegistered), rows[0], StringComparison.Ordinal);
        foreach (var datum in new[] { "王伟", "11010519491231002X", "13800000000" })
        {
            var escaped = JsonSerializer.Serialize(datum).Trim('"');
            Assert.DoesNotContain(datum, rows[0], StringComparison.Ordinal);
            Assert.DoesNotContain(escaped, rows[0], StringComparison.Ordinal);
            Assert.False(Contains(file, datum) || Contains(wal, datum), $"'{datum}' is in the database file in clear text.");
        }

        Assert.Equal(s_wang, (await store.LoadAsync(resident.Stream))!.Resident);
    }

    [Fact]
    public async Task The_stored_row_holds_its_stream_version_type_schema_version_and_stored_instant()
    {
        using var database = new TempDatabase();
        var store = await database.OpenAsync();
        var appended = await store.AppendAsync(Notes.Stream("N-1"), 0, Notes.Batch("w", 1, 2));

        var rows = database.Column("SELECT position || '|' || tenant || '|' || stream_kind || '|' || stream_key || '|' || stream_version || '|' || event_type || '|' || schema_version || '|' || stored_at FROM events ORDER BY position");

        Assert.Equal(new AppendResult(2, 2), appended);
        Assert.Equal(["1|default|note|N-1|1|Noted|1|2026-03-02T09:00:00Z", "2|default|note|N-1|2|Noted|1|2026-03-02T09:00:00Z"], rows);
    }

    private static bool Contains(byte[] haystack, string datum) =>
        haystack.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(datum)) >= 0;
}
