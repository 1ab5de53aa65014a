using CommunityGovernance.Actors;
using CommunityGovernance.Kernel;
using CommunityGovernance.Participation;
using CommunityGovernance.Storage;

namespace CommunityGovernance.Testing.Storage;

public static partial class EventStoreContract
{
    private static async Task AppendedEventsReadBackEqualInOrder(ContractRun run)
    {
        var store = await run.OpenAsync();
        var office = Actor.RegisterOrganisation(new ActorId("JD-510115001"), ActorKind.StreetOffice, "柳城街道办事处", ContractData.At);
        var expected = office.PendingEvents.ToArray();
        var saved = await store.SaveAsync(office, run.CancellationToken);
        var profile = ContractData.Profile("C-1", evidence: 3);
        expected = [.. profile.PendingEvents];
        var appended = await store.SaveAsync(profile, run.CancellationToken);

        var read = await store.ReadStreamAsync(profile.Stream, run.CancellationToken);
        run.Check(read.Count == expected.Length, $"a stream of {expected.Length} events read back as {read.Count}.");
        run.Check(read.Select(r => r.Event).SequenceEqual(expected), "the events read back differ from those appended, or are out of order.");
        run.Check(read.Select(r => r.StreamVersion).SequenceEqual(Enumerable.Range(1, expected.Length).Select(v => (long)v)), "stream versions are not 1, 2, 3, … in order.");
        run.Check(read.All(r => r.Stream == profile.Stream.Name), "a read event names another stream.");
        run.Check(read.Zip(read.Skip(1)).All(p => p.First.Position < p.Second.Position) && read[0].Position > saved.LastPosition, "positions do not increase in append order.");
        run.Check(appended == new AppendResult(expected.Length, read[^1].Position), $"the append reported {appended}, not version {expected.Length} at position {read[^1].Position}.");
        run.Check(read.All(r => r.StoredAt != default), "an event has no stored instant.");

        var name = (await store.LoadAsync(Actor.StreamOf(office.Id), run.CancellationToken))?.OrganisationName;
        run.Check(name == "柳城街道办事处", $"Chinese text read back as '{name}'.");
        run.Check(await store.LoadAsync(Actor.StreamOf(new ActorId("NOBODY")), run.CancellationToken) is null, "a stream never written loaded as an aggregate.");
    }

    private static async Task StaleAppendIsRefusedAndWritesNothing(ContractRun run)
    {
        var store = await run.OpenAsync();
        await store.SaveAsync(ContractData.Profile("C-1", evidence: 0), run.CancellationToken);
        var stream = ContractData.ProfileStream("C-1");
        var first = (await store.LoadAsync(stream, run.CancellationToken))!;
        var stale = (await store.LoadAsync(stream, run.CancellationToken))!;
        first.Record(ContractData.Evidence("E-first"), ContractData.At);
        await store.SaveAsync(first, run.CancellationToken);
        stale.Record(ContractData.Evidence("E-stale"), ContractData.At);

        var conflict = await ContractData.Refusal<ConcurrencyConflictException>(() => store.SaveAsync(stale, run.CancellationToken));
        run.Check(conflict is { ExpectedVersion: 1, ActualVersion: 2 }, $"a stale append was not refused with expected 1 and actual 2, but {Describe(conflict)}.");
        run.Check(stale.PendingEvents.Count == 1, "a refused save dropped the aggregate's pending event.");
        var read = await store.ReadStreamAsync(stream, run.CancellationToken);
        run.Check(read.Count == 2 && read[^1].Event is ParticipationEvidenceRecorded { Evidence.Reference: "E-first" }, "the stream does not hold exactly the first writer's change.");
        run.Check((await store.ReadAllAsync(0, 100, run.CancellationToken)).Count == 2, "a refused append reached the feed.");
    }

    private static async Task NewStreamMustBeExpectedAtVersionZero(ContractRun run)
    {
        var store = await run.OpenAsync();
        var opened = ContractData.Profile("C-1", evidence: 0).PendingEvents.ToArray();
        var stream = ContractData.ProfileStream("C-1");

        var ahead = await ContractData.Refusal<ConcurrencyConflictException>(() => store.AppendAsync(stream, 1, opened, run.CancellationToken));
        run.Check(ahead is { ExpectedVersion: 1, ActualVersion: 0 }, $"appending to a new stream at version 1 was not refused as a conflict, but {Describe(ahead)}.");
        run.Check((await store.ReadStreamAsync(stream, run.CancellationToken)).Count == 0, "a refused first append wrote events.");

        var created = await store.AppendAsync(stream, 0, opened, run.CancellationToken);
        run.Check(created.StreamVersion == 1, $"the first append left the stream at version {created.StreamVersion}, not 1.");
        var again = await ContractData.Refusal<ConcurrencyConflictException>(() => store.AppendAsync(stream, 0, opened, run.CancellationToken));
        run.Check(again is { ExpectedVersion: 0, ActualVersion: 1 }, $"creating an existing stream again was not refused as a conflict, but {Describe(again)}.");
    }

    private static async Task BatchIsAppendedWholeOrNotAtAll(ContractRun run)
    {
        var store = await run.OpenAsync();
        var profile = ContractData.Profile("C-1", evidence: 1);
        await store.SaveAsync(profile, run.CancellationToken);
        var before = await store.ReadAllAsync(0, 100, run.CancellationToken);
        DomainEvent[] batch =
        [
            new ParticipationEvidenceRecorded(profile.Actor, profile.Community, ContractData.Evidence("E-2"), ContractData.At),
            new ParticipationEvidenceRecorded(profile.Actor, profile.Community, ContractData.Evidence("E-3"), ContractData.At),
            new UnstorableEvent(ContractData.At),
        ];

        var refused = await ContractData.Refusal<Exception>(() => store.AppendAsync(profile.Stream, 2, batch, run.CancellationToken));
        run.Check(refused is not null, "a batch holding an event the serializer does not know was appended.");
        var after = await store.ReadAllAsync(0, 100, run.CancellationToken);
        run.Check(after.Count == before.Count, $"a failed batch left {after.Count - before.Count} of its events in the feed.");
        run.Check((await store.ReadStreamAsync(profile.Stream, run.CancellationToken)).Count == 2, "a failed batch left some of its events in the stream.");
        var next = await store.AppendAsync(profile.Stream, 2, batch[..2], run.CancellationToken);
        run.Check(next.StreamVersion == 4, "after a failed batch the stream does not take the next append at its old version.");
    }

    private static async Task RefusedInputWritesNothing(ContractRun run)
    {
        var store = await run.OpenAsync();
        var opened = ContractData.Profile("C-1", evidence: 0).PendingEvents.ToArray();
        var stream = ContractData.ProfileStream("C-1");
        (string What, Func<Task> Attempt)[] attempts =
        [
            ("an empty stream name", () => store.AppendAsync(default, 0, opened, run.CancellationToken)),
            ("no events", () => store.AppendAsync(stream, 0, [], run.CancellationToken)),
            ("a negative expected version", () => store.AppendAsync(stream, -1, opened, run.CancellationToken)),
            ("a null event", () => store.AppendAsync(stream, 0, [null!], run.CancellationToken)),
            ("reading an empty stream name", () => store.ReadStreamAsync(default, run.CancellationToken)),
        ];
        foreach (var (what, attempt) in attempts)
        {
            var refused = await ContractData.Refusal<DomainRuleViolationException>(attempt);
            run.Check(refused is not null, $"{what} was not refused with a DomainRuleViolationException.");
        }

        run.Check((await store.ReadAllAsync(0, 100, run.CancellationToken)).Count == 0, "refused input reached the feed.");
    }

    private static async Task ConcurrentWritersOnOneStreamLoseAndDoubleNothing(ContractRun run)
    {
        const int Writers = 6;
        const int ChangesEach = 8;
        const int Rounds = 12;
        var store = await run.OpenAsync();
        await store.SaveAsync(ContractData.Profile("C-1", evidence: 0), run.CancellationToken);
        var stream = ContractData.ProfileStream("C-1");

        // Rounds first: every writer loads the same version, then all save at once; exactly one may win each round.
        for (var round = 0; round < Rounds; round++)
        {
            var loaded = await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => store.LoadAsync(stream, run.CancellationToken)));
            var saves = loaded.Select(profile => Task.Run(async () =>
            {
                profile!.Record(ContractData.Evidence($"E-{profile.Evidence.Count:D3}"), ContractData.At);
                return await ContractData.Refusal<ConcurrencyConflictException>(() => store.SaveAsync(profile, run.CancellationToken)) is null;
            }));
            var winners = (await Task.WhenAll(saves)).Count(won => won);
            run.Check(winners == 1, $"{winners} of {Writers} writers who loaded the same version saved their change; exactly one may.");
        }

        // Then free-running writers, each recording the next number the stream has not yet got: a store that lets a
        // stale writer through stores one number twice; one that loses a write leaves a number out.
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
        {
            for (var saved = 0; saved < ChangesEach;)
            {
                var profile = (await store.LoadAsync(stream, run.CancellationToken))!;
                profile.Record(ContractData.Evidence($"E-{profile.Evidence.Count:D3}"), ContractData.At);
                try
                {
                    await store.SaveAsync(profile, run.CancellationToken);
                    saved++;
                }
                catch (ConcurrencyConflictException)
                {
                    // Someone saved first: reload and retry, as a caller should.
                }
            }
        })));

        var read = await store.ReadStreamAsync(stream, run.CancellationToken);
        var references = read.Select(r => r.Event).OfType<ParticipationEvidenceRecorded>().Select(e => e.Evidence.Reference).ToArray();
        run.Check(read.Count == 1 + Rounds + (Writers * ChangesEach), $"{Rounds} rounds and {Writers} writers of {ChangesEach} changes each left {read.Count - 1} changes.");
        run.Check(references.SequenceEqual(Enumerable.Range(0, Rounds + (Writers * ChangesEach)).Select(n => $"E-{n:D3}")), "a change was stored twice or lost: the numbers are not 0, 1, 2, … once each.");
        run.Check(read.Select(r => r.StreamVersion).SequenceEqual(Enumerable.Range(1, read.Count).Select(v => (long)v)), "stream versions have gaps or repeats.");
    }

    private static async Task CancelledCallsWriteNothing(ContractRun run)
    {
        var store = await run.OpenAsync();
        var profile = ContractData.Profile("C-1", evidence: 2);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var append = await ContractData.Refusal<OperationCanceledException>(() => store.AppendAsync(profile.Stream, 0, [.. profile.PendingEvents], cancelled.Token));
        run.Check(append is not null, "an append with a cancelled token did not throw OperationCanceledException.");
        run.Check(await ContractData.Refusal<OperationCanceledException>(() => store.ReadStreamAsync(profile.Stream, cancelled.Token)) is not null, "a stream read with a cancelled token did not throw.");
        run.Check(await ContractData.Refusal<OperationCanceledException>(() => store.ReadAllAsync(0, 10, cancelled.Token)) is not null, "a feed read with a cancelled token did not throw.");
        run.Check((await store.ReadAllAsync(0, 10, run.CancellationToken)).Count == 0, "a cancelled append wrote events.");
        run.Check((await store.SaveAsync(profile, run.CancellationToken)).StreamVersion == 3, "after a cancelled append the stream did not take the same append.");
    }

    private static string Describe(Exception? e) => e is null ? "no exception" : $"{e.GetType().Name}: {e.Message}";

    /// <summary>An event no serializer knows, to make an append fail in the middle of its batch.</summary>
    private sealed record UnstorableEvent(NodaTime.Instant OccurredAt) : DomainEvent(OccurredAt);
}
