using CommunityGovernance.Storage;
using CommunityGovernance.Testing.Reliability;
using FsCheck;
using FsCheck.Fluent;

namespace CommunityGovernance.Storage.Sqlite.Tests;

/// <summary>Every aggregate of the library, driven through random commands, rebuilds equal from its events stored in SQLite.</summary>
public sealed class RoundTripProperties : IDisposable
{
    private readonly TempDatabase _database = new();
    private int _case;

    public static Arbitrary<AggregateHistory[]> Histories() => AggregateHistories.Any.ToArbitrary();

    [ScaledProperty(Arbitrary = [typeof(RoundTripProperties)])]
    public Property Every_aggregate_rebuilds_equal_from_its_events_read_back_from_the_file(AggregateHistory[] histories)
    {
        var store = SqliteEventStore.OpenAsync(new SqliteEventStoreOptions { DataSource = _database.Path, Serializer = _database.Serializer }).GetAwaiter().GetResult();
        var run = Interlocked.Increment(ref _case);
        return histories.Select((h, i) =>
        {
            if (h.Events.Count == 0)
            {
                return true;
            }

            var stream = StreamName.Create("history", $"case-{run}-{i}");
            store.AppendAsync(stream, 0, h.Events).GetAwaiter().GetResult();
            var read = store.ReadStreamAsync(stream).GetAwaiter().GetResult();
            return read.Select(r => r.Event).SequenceEqual(h.Events) && Equals(h.Rebuild(read.Select(r => r.Event)), h.Snapshot);
        }).All(ok => ok).Label("events and rebuilt snapshots read back from the file equal to the live ones");
    }

    public void Dispose() => _database.Dispose();
}
