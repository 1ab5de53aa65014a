using CommunityGovernance.Actors;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using CommunityGovernance.Participation;
using CommunityGovernance.Storage;

namespace CommunityGovernance.Testing.Storage;

public static partial class EventStoreContract
{
    private static async Task FeedIsInCommitOrderWithoutGapsUnderConcurrentWriters(ContractRun run)
    {
        const int Writers = 6;
        const int AppendsEach = 25;
        var store = await run.OpenAsync();
        var reported = new System.Collections.Concurrent.ConcurrentBag<(StreamName Stream, AppendResult Result)>();
        var writing = Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            var profile = ContractData.Profile($"C-{writer}", evidence: 0);
            reported.Add((profile.Stream, await store.SaveAsync(profile, run.CancellationToken)));
            for (var n = 0; n < AppendsEach; n++)
            {
                profile.Record(ContractData.Evidence($"E-{n:D2}"), ContractData.At);
                reported.Add((profile.Stream, await store.SaveAsync(profile, run.CancellationToken)));
            }
        })));

        var seen = await PollFeedWhileAsync(store, writing, batchSize: 7, run);
        await writing;
        var final = await ReadWholeFeed(store, run);
        run.Check(final.Count == Writers * (AppendsEach + 1), $"the feed holds {final.Count} events, not {Writers * (AppendsEach + 1)}.");
        run.Check(final.Select(r => r.Position).SequenceEqual(seen.Select(r => r.Position)), "an event committed at a position the polling reader had already passed (a gap in the feed).");
        foreach (var stream in final.GroupBy(r => r.Stream))
        {
            run.Check(stream.Select(r => r.StreamVersion).SequenceEqual(Enumerable.Range(1, stream.Count()).Select(v => (long)v)), $"stream '{stream.Key}' appears in the feed out of version order.");
            var read = await store.ReadStreamAsync(stream.Key, run.CancellationToken);
            run.Check(read.Select(r => r.Position).SequenceEqual(stream.Select(r => r.Position)), $"stream '{stream.Key}' and the feed disagree on its events' positions.");
        }

        // Each append said where its last event went: under concurrent writers too, that is where the feed has it.
        var positions = final.ToDictionary(r => (r.Stream, r.StreamVersion), r => r.Position);
        foreach (var (stream, result) in reported)
        {
            run.Check(
                positions.TryGetValue((stream, result.StreamVersion), out var position) && position == result.LastPosition,
                $"an append to '{stream}' reported version {result.StreamVersion} at position {result.LastPosition}, but the feed has that event at {(positions.TryGetValue((stream, result.StreamVersion), out var p) ? p : 0)}.");
        }
    }

    private static async Task FeedIsReadInBatches(ContractRun run)
    {
        var store = await run.OpenAsync();
        for (var n = 0; n < 3; n++)
        {
            await store.SaveAsync(ContractData.Profile($"C-{n}", evidence: 7 + n), run.CancellationToken);
        }

        var sizes = new List<int>();
        var after = 0L;
        IReadOnlyList<RecordedEvent> batch;
        do
        {
            batch = await store.ReadAllAsync(after, 10, run.CancellationToken);
            sizes.Add(batch.Count);
            after = batch.Count > 0 ? batch[^1].Position : after;
        }
        while (batch.Count > 0);

        run.Check(sizes.SequenceEqual([10, 10, 7, 0]), $"27 events read ten at a time came in batches of {string.Join(", ", sizes)}.");
        var whole = await ReadWholeFeed(store, run);
        run.Check(whole.Count == 27 && whole[^1].Position == after, "reading the feed to its end does not give the same 27 events.");
        var tail = await store.ReadAllAsync(whole[12].Position, 100, run.CancellationToken);
        run.Check(tail.Select(r => r.Position).SequenceEqual(whole.Skip(13).Select(r => r.Position)), "reading after a position does not return exactly the events after it.");
    }

    private static async Task StreamsAreListedByKind(ContractRun run)
    {
        var store = await run.OpenAsync();
        var evidence = 0;
        foreach (var actor in new[] { "C-b", "C-B", "C-a", "C-10", "C-9" })
        {
            await store.SaveAsync(ContractData.Profile(actor, evidence: evidence++ % 3), run.CancellationToken);
        }

        await store.SaveAsync(Actor.RegisterOrganisation(new ActorId("JD-510115001"), ActorKind.StreetOffice, "柳城街道办事处", ContractData.At), run.CancellationToken);
        var profiles = await ToListAsync(store.ListStreamsAsync<ParticipationProfile>(run.CancellationToken));
        var expected = new[] { "C-10", "C-9", "C-B", "C-a", "C-b" }.Select(a => ContractData.ProfileStream(a));
        run.Check(profiles.SequenceEqual(expected.ToList()), $"profiles were listed as {string.Join(", ", profiles)}, not every profile stream in ordinal key order.");
        var actors = await ToListAsync(store.ListStreamsAsync(Actor.StreamKind, run.CancellationToken));
        run.Check(actors.SequenceEqual([Actor.StreamOf(new ActorId("JD-510115001")).Name]), "listing actors did not give the one actor stream.");
        run.Check((await ToListAsync(store.ListStreamsAsync("demand", run.CancellationToken))).Count == 0, "a kind with no streams listed some.");

        // Every aggregate of a kind loaded, as a rebuild does.
        var loaded = await ToListAsync(store.LoadAllAsync<ParticipationProfile>(run.CancellationToken));
        run.Check(loaded.Select(p => p.Stream.Name).SequenceEqual(expected.Select(e => e.Name)) && loaded.Select(p => p.Version).SequenceEqual([1L, 2, 2, 3, 1]), "every profile loaded is not every profile, whole, in key order.");
        run.Check((await ToListAsync(store.LoadAllAsync<Demand>(run.CancellationToken))).Count == 0, "a kind with no streams loaded some aggregates.");
    }

    private static async Task TenantsNeverSeeEachOthersEvents(ContractRun run)
    {
        var wenjiang = await run.OpenAsync(new TenantId("510115"));
        var jinjiang = await run.OpenAsync(new TenantId("510104"));
        var stream = ContractData.ProfileStream("C-1");
        await wenjiang.SaveAsync(ContractData.Profile("C-1", evidence: 2), run.CancellationToken);
        var theirs = await jinjiang.AppendAsync(stream, 0, [.. ContractData.Profile("C-1", evidence: 0).PendingEvents], run.CancellationToken);
        run.Check(theirs.StreamVersion == 1, "a stream name used by another tenant did not start at version 0 for this one.");
        await jinjiang.SaveAsync(ContractData.Profile("C-2", evidence: 1), run.CancellationToken);

        run.Check((await wenjiang.ReadStreamAsync(stream, run.CancellationToken)).Count == 3, "a tenant's stream read holds another tenant's events.");
        run.Check((await jinjiang.ReadStreamAsync(stream, run.CancellationToken)).Count == 1, "a tenant's stream read holds another tenant's events.");
        run.Check((await ReadWholeFeed(wenjiang, run)).Count == 3 && (await ReadWholeFeed(jinjiang, run)).Count == 3, "a tenant's feed holds another tenant's events.");
        var theirProfiles = await ToListAsync(jinjiang.LoadAllAsync<ParticipationProfile>(run.CancellationToken));
        run.Check(theirProfiles.Select(p => p.Version).SequenceEqual([1L, 2]), "a tenant's aggregates loaded all at once hold another tenant's events or aggregates.");
        var listed = await ToListAsync(wenjiang.ListStreamsAsync<ParticipationProfile>(run.CancellationToken));
        run.Check(listed.Count == 1 && listed[0] == stream, "a tenant's stream listing names another tenant's streams.");
        var conflict = await ContractData.Refusal<ConcurrencyConflictException>(() => jinjiang.AppendAsync(stream, 3, [.. ContractData.Profile("C-1", evidence: 0).PendingEvents], run.CancellationToken));
        run.Check(conflict is { ActualVersion: 1 }, "a tenant's expected version was checked against another tenant's stream.");
        var nobody = await run.OpenAsync(TenantId.Default);
        run.Check((await nobody.ReadAllAsync(0, 10, run.CancellationToken)).Count == 0, "the default tenant sees the events of named tenants.");
    }

    private static async Task ErasureByKeyDestructionLeavesRebuildableStreams(ContractRun run)
    {
        var store = await run.OpenAsync();
        var erased = Actor.RegisterResident(new ActorId("R-1"), ContractData.Particulars("王伟", "11010519491231002X", "13800000000"), ContractData.Directory, ContractData.At);
        var kept = Actor.RegisterResident(new ActorId("R-2"), ContractData.Particulars("李娜", "510104198807151234".Substring(0, 17) + ResidentIdentityNumber.CheckCharacterOf("51010419880715123"), "13900000000"), ContractData.Directory, ContractData.At);
        await store.SaveAsync(erased, run.CancellationToken);
        await store.SaveAsync(kept, run.CancellationToken);

        run.Keys.Destroy(erased.Id);
        var reopened = await run.OpenAsync();
        var rebuilt = (await reopened.LoadAsync(erased.Stream, run.CancellationToken))!;
        run.Check(rebuilt.Resident is { } r && r.Name == PersonalDataEraser.ErasedName && r.IdentityNumber == PersonalDataEraser.ErasedIdentityNumber && r.Phone is null, "a resident whose key was destroyed did not read back with the erased forms.");
        run.Check(rebuilt.Version == 1, "erasure changed the stream's version.");
        var other = (await reopened.LoadAsync(kept.Stream, run.CancellationToken))!;
        run.Check(other.Resident?.Name == kept.Resident!.Name && other.Resident.IdentityNumber == kept.Resident.IdentityNumber, "destroying one resident's key erased another's data.");
        rebuilt.DeclareInterest(DemandCategory.PublicService, ContractData.At);
        run.Check((await reopened.SaveAsync(rebuilt, run.CancellationToken)).StreamVersion == 2, "an erased resident's stream does not take new events.");
        run.Check((await ReadWholeFeed(reopened, run)).Count == 3, "the feed does not read through erased events.");
    }

    private static async Task ReopenedStoreReadsEverythingBack(ContractRun run)
    {
        var store = await run.OpenAsync();
        await store.SaveAsync(ContractData.Profile("C-1", evidence: 4), run.CancellationToken);
        await store.SaveAsync(Actor.RegisterOrganisation(new ActorId("JWH-510115001001"), ActorKind.ResidentsCommittee, "和平社区居民委员会", ContractData.At), run.CancellationToken);
        var before = await ReadWholeFeed(store, run);

        var reopened = await run.OpenAsync();
        var after = await ReadWholeFeed(reopened, run);
        run.Check(after.SequenceEqual(before), "a reopened store's feed differs from the one written (events, positions, versions or instants).");
        var next = await reopened.SaveAsync(ContractData.Profile("C-2", evidence: 0), run.CancellationToken);
        run.Check(next.LastPosition > before[^1].Position, "a reopened store gave a new event a position at or before an old one.");
    }

    // A reader that polls the feed while the writers commit. It must never later find an event before a position it has
    // seen; it stops once the writers are done and the feed has nothing more.
    private static async Task<List<RecordedEvent>> PollFeedWhileAsync(IEventStore store, Task writing, int batchSize, ContractRun run)
    {
        var seen = new List<RecordedEvent>();
        var highWater = 0L;
        while (true)
        {
            var done = writing.IsCompleted;
            var batch = await store.ReadAllAsync(highWater, batchSize, run.CancellationToken);
            foreach (var recorded in batch)
            {
                run.Check(recorded.Position > highWater, $"the feed returned position {recorded.Position} after the reader had seen {highWater}.");
                highWater = recorded.Position;
                seen.Add(recorded);
            }

            if (done && batch.Count == 0)
            {
                return seen;
            }
        }
    }

    private static async Task<List<RecordedEvent>> ReadWholeFeed(IEventStore store, ContractRun run)
    {
        var all = new List<RecordedEvent>();
        await foreach (var recorded in store.ReadFeedAsync(0, 64, run.CancellationToken))
        {
            all.Add(recorded);
        }

        return all;
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
