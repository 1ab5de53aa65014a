using CommunityGovernance.Tests.Servers;

namespace CommunityGovernance.Storage.Marten.Tests;

/// <summary>A row that cannot be read stops the read, naming its stream and version; it is never skipped.</summary>
public sealed class UnreadableRowTests(PostgresServer server) : PostgresTests(server)
{
    private const string Household = """{"occurredAt":"2026-03-02T09:00:00Z","household":"H-1","text":"t","author":"a"}""";

    public static TheoryData<string, string, string> Rows => new()
    {
        { "unknown type", "NoSuchEvent", "{}" },
        { "wrong shape", "HouseholdNoted.v2", """{"occurredAt":"2026-03-02T09:00:00Z","household":5,"text":"t","author":"a"}""" },
        { "not an object", "HouseholdNoted.v2", "\"just a string\"" },
        { "invalid value", "OrganisationRegistered", """{"actor":"JD 1","kind":"StreetOffice","name":"x","occurredAt":"2026-03-02T09:00:00Z"}""" },
        { "future version of a vendor event", "HouseholdNoted.v3", Household },
        { "future version of a library event", "OrganisationRegistered.v2", "{}" },
        { "old version the upcaster cannot read", "HouseholdNoted", """{"occurredAt":"2026-03-02T09:00:00Z","household":"H-1"}""" },
    };

    [SkippableTheory]
    [MemberData(nameof(Rows))]
    public async Task An_unreadable_row_raises_an_error_naming_its_stream_and_version(string why, string type, string data)
    {
        await using var database = await NewStoreAsync();
        var store = database.Open();
        var stream = Samples.NoteStream("H-1");
        await store.AppendAsync(stream, 0, [Samples.Note("H-1", "一")]);
        await database.InsertEventAsync(store.Tenant, stream, 2, type, data);
        await store.AppendAsync(stream, 2, [Samples.Note("H-1", "三")]);

        var fromStream = await Assert.ThrowsAsync<StoredEventUnreadableException>(() => store.ReadStreamAsync(stream));
        var fromFeed = await Assert.ThrowsAsync<StoredEventUnreadableException>(() => store.ReadAllAsync(0, 10));
        foreach (var unreadable in new[] { fromStream, fromFeed })
        {
            Assert.True(unreadable.Stream == stream, $"{why}: {unreadable.Message}");
            Assert.Equal(2, unreadable.StreamVersion);
            Assert.Equal(type, unreadable.EventType);
            Assert.Equal(StorageRules.StoredEventIsReadable, unreadable.Rule);
        }

        // The rows on either side still read; the feed stops at the bad one rather than pass over it.
        Assert.Single(await store.ReadAllAsync(0, 1));
        var firstTwo = await store.ReadAllAsync(0, 1);
        var afterIt = await store.ReadAllAsync(firstTwo[0].Position + 1, 10);
        Assert.Equal(3, Assert.Single(afterIt).StreamVersion);
    }

    [SkippableFact]
    public async Task A_future_version_says_so()
    {
        await using var database = await NewStoreAsync();
        var store = database.Open();
        var stream = Samples.NoteStream("H-1");
        await database.InsertEventAsync(store.Tenant, stream, 1, "HouseholdNoted.v3", Household);

        var unreadable = await Assert.ThrowsAsync<StoredEventUnreadableException>(() => store.ReadStreamAsync(stream));

        Assert.Contains("version 3, newer than this library's 2", unreadable.Message, StringComparison.Ordinal);
    }
}
