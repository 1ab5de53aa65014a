using CommunityGovernance.Storage;
using NodaTime;

namespace CommunityGovernance.Storage.Sqlite.Tests;

/// <summary>A cancelled call throws and writes nothing, whenever before its commit it was cancelled.</summary>
public sealed class CancellationTests
{
    [Fact]
    public async Task Calls_with_a_cancelled_token_are_cancelled_and_write_nothing()
    {
        using var database = new TempDatabase();
        var store = await database.OpenAsync();
        var stream = Notes.Stream("N-1");
        await store.AppendAsync(stream, 0, [Notes.Note("w", 1)]);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.AppendAsync(stream, 1, [Notes.Note("w", 2)], cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.ReadStreamAsync(stream, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.ReadAllAsync(0, 10, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await store.ListStreamsAsync("note", cancelled.Token).ToListAsync());
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.ErasePersonalDataAsync(stream, new PersonalDataEraser(store.Serializer), cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => database.OpenAsync(cancellationToken: cancelled.Token));

        Assert.Equal(1, database.Scalar<int>("SELECT count(*) FROM events"));
        Assert.True(store.AppendAsync(stream, 1, [Notes.Note("w", 2)], cancelled.Token).IsCanceled);
    }

    [Fact]
    public async Task An_append_cancelled_inside_its_transaction_writes_nothing_and_releases_the_write_lock()
    {
        using var database = new TempDatabase();
        using var cancellation = new CancellationTokenSource();

        // The store reads its clock under the write lock, after the version check: cancel right there.
        var store = await database.OpenAsync(clock: new CancellingClock(cancellation));
        var stream = Notes.Stream("N-1");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.AppendAsync(stream, 0, Notes.Batch("w", 1, 50), cancellation.Token));

        Assert.Equal(0, database.Scalar<int>("SELECT count(*) FROM events"));
        var other = await database.OpenAsync();
        Assert.Equal(new AppendResult(1, 1), await other.AppendAsync(stream, 0, [Notes.Note("w", 1)]));
    }

    [Fact]
    public async Task An_import_cancelled_inside_its_transaction_writes_nothing_and_releases_the_write_lock()
    {
        using var database = new TempDatabase();
        using var cancellation = new CancellationTokenSource();
        var store = await database.OpenAsync(clock: new CancellingClock(cancellation));
        NewStream[] streams = [new(Notes.Stream("N-1"), Notes.Batch("w", 1, 50)), new(Notes.Stream("N-2"), Notes.Batch("w", 1, 50))];

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.ImportAsync(streams, cancellation.Token));

        Assert.Equal(0, database.Scalar<int>("SELECT count(*) FROM events"));
        var other = await database.OpenAsync();
        Assert.Equal(new ImportResult(2, 100, 1, 100), await other.ImportAsync(streams));
    }

    private sealed class CancellingClock(CancellationTokenSource cancellation) : IClock
    {
        public Instant GetCurrentInstant()
        {
            cancellation.Cancel();
            return TempDatabase.At;
        }
    }
}
