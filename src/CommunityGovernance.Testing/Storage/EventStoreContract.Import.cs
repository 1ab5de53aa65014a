using System.Collections.Frozen;
using CommunityGovernance.Actors;
using CommunityGovernance.Kernel;
using CommunityGovernance.Participation;
using CommunityGovernance.Storage;
using CommunityGovernance.Storage.PersonalData;

namespace CommunityGovernance.Testing.Storage;

public static partial class EventStoreContract
{
    private static readonly FrozenDictionary<string, Func<ContractRun, Task>> s_importCases = new Dictionary<string, Func<ContractRun, Task>>(StringComparer.Ordinal)
    {
        ["ImportedStreamsReadBackInTheOrderGivenAfterTheFeed"] = ImportedStreamsReadBackInTheOrderGivenAfterTheFeed,
        ["ImportIsStoredWholeOrNotAtAll"] = ImportIsStoredWholeOrNotAtAll,
        ["ImportKeepsTheFeedWithoutGapsUnderConcurrentWriters"] = ImportKeepsTheFeedWithoutGapsUnderConcurrentWriters,
        ["ImportedPersonalDataIsErasedByKeyDestruction"] = ImportedPersonalDataIsErasedByKeyDestruction,
        ["ImportsOfTenantsStayApart"] = ImportsOfTenantsStayApart,
        ["CancelledImportWritesNothing"] = CancelledImportWritesNothing,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The names of the cases of <see cref="IImportingEventStore"/>, in a stable order: run them against a store that
    /// imports (the opener must return one), as well as <see cref="CaseNames"/>.
    /// </summary>
    public static IReadOnlyList<string> ImportCaseNames { get; } = [.. s_importCases.Keys.Order(StringComparer.Ordinal)];

    private static async Task<IImportingEventStore> OpenImportingAsync(ContractRun run, TenantId tenant)
    {
        var store = await run.OpenAsync(tenant);
        return store as IImportingEventStore
            ?? throw new EventStoreContractException(run.Name, $"the store ({store.GetType().Name}) does not implement {nameof(IImportingEventStore)}; run the import cases only against one that does.");
    }

    private static async Task ImportedStreamsReadBackInTheOrderGivenAfterTheFeed(ContractRun run)
    {
        var store = await OpenImportingAsync(run, TenantId.Default);
        var before = await store.SaveAsync(ContractData.Profile("C-0", evidence: 1), run.CancellationToken);
        var last = ContractData.Profile("C-1", evidence: 0);
        NewStream[] streams =
        [
            Imported(ContractData.Profile("C-2", evidence: 3)),
            Imported(Actor.RegisterOrganisation(new ActorId("JD-510115001"), ActorKind.StreetOffice, "柳城街道办事处", ContractData.At)),
            Imported(last),
        ];

        var result = await store.ImportAsync(streams, run.CancellationToken);

        var feed = await ReadWholeFeed(store, run);
        var imported = feed.Skip(2).ToList();
        var expected = streams.SelectMany(s => s.Events.Select((e, i) => (s.Stream, Version: (long)i + 1, Event: e))).ToList();
        run.Check(imported.Count == expected.Count, $"an import of {expected.Count} events put {imported.Count} in the feed.");
        run.Check(
            imported.Select(r => (r.Stream, r.StreamVersion, r.Event)).SequenceEqual(expected.Select(e => (e.Stream, e.Version, e.Event))),
            "the feed does not hold the imported events in the order given (stream by stream, each stream's events in order), with versions 1, 2, 3… and equal events.");
        run.Check(imported[0].Position > before.LastPosition && imported.Zip(imported.Skip(1)).All(p => p.First.Position < p.Second.Position), "imported events do not take positions after the feed's end, rising in the order given.");
        run.Check(result == new ImportResult(3, expected.Count, imported[0].Position, imported[^1].Position), $"the import reported {result}, not 3 streams and {expected.Count} events from position {imported[0].Position} to {imported[^1].Position}.");
        run.Check(imported.All(r => r.StoredAt != default), "an imported event has no stored instant.");
        foreach (var stream in streams)
        {
            var read = await store.ReadStreamAsync(stream.Stream, run.CancellationToken);
            run.Check(read.Select(r => r.Event).SequenceEqual(stream.Events), $"stream '{stream.Stream}' read back differs from what was imported.");
        }

        var office = await store.LoadAsync(Actor.StreamOf(new ActorId("JD-510115001")), run.CancellationToken);
        run.Check(office?.OrganisationName == "柳城街道办事处", $"Chinese text imported read back as '{office?.OrganisationName}'.");
        var listed = await ToListAsync(store.ListStreamsAsync(ParticipationProfile.StreamKind, run.CancellationToken));
        run.Check(listed.Count == 3, $"the listing of profiles holds {listed.Count} streams, not the saved one and the two imported.");
        var next = await store.AppendAsync(streams[2].Stream, 1, [new ParticipationEvidenceRecorded(last.Actor, last.Community, ContractData.Evidence("E-next"), ContractData.At)], run.CancellationToken);
        run.Check(next.StreamVersion == 2 && next.LastPosition > result.LastPosition, "an imported stream does not take the next append at its version, after the import's positions.");
        run.Check(await store.ImportAsync([], run.CancellationToken) == default, "an empty import did not report nothing stored.");
    }

    private static async Task ImportIsStoredWholeOrNotAtAll(ContractRun run)
    {
        var store = await OpenImportingAsync(run, TenantId.Default);
        await store.SaveAsync(ContractData.Profile("C-9", evidence: 2), run.CancellationToken);
        var before = await ReadWholeFeed(store, run);
        var fresh = Imported(ContractData.Profile("C-1", evidence: 2));
        var other = Imported(ContractData.Profile("C-2", evidence: 0));

        var existing = await ContractData.Refusal<ConcurrencyConflictException>(() => store.ImportAsync([fresh, other, Imported(ContractData.Profile("C-9", evidence: 0))], run.CancellationToken));
        run.Check(existing is { ExpectedVersion: 0, ActualVersion: 3 } && existing.Stream == ContractData.ProfileStream("C-9").Name.ToString(), $"an import of a stream that exists was not refused as a conflict naming it at version 3, but {Describe(existing)}.");
        var unknown = await ContractData.Refusal<Exception>(() => store.ImportAsync([fresh, new NewStream(other.Stream, [.. other.Events, new UnstorableEvent(ContractData.At)])], run.CancellationToken));
        run.Check(unknown is not null, "an import holding an event the serializer does not know was stored.");
        (string What, NewStream[] Streams, string Rule)[] refusals =
        [
            ("a stream named twice", [fresh, other, fresh], StorageRules.ImportIsWellFormed),
            ("a stream of no events", [fresh, new NewStream(other.Stream, [])], StorageRules.AppendIsWellFormed),
            ("a null event", [fresh, new NewStream(other.Stream, [null!])], StorageRules.AppendIsWellFormed),
            ("an empty stream name", [fresh, new NewStream(default, other.Events)], StorageRules.StreamNameIsWellFormed),
        ];
        foreach (var (what, streams, rule) in refusals)
        {
            var refused = await ContractData.Refusal<DomainRuleViolationException>(() => store.ImportAsync(streams, run.CancellationToken));
            run.Check(refused?.Rule == rule, $"an import with {what} was not refused under {rule}, but {Describe(refused)}.");
        }

        run.Check((await ReadWholeFeed(store, run)).SequenceEqual(before), "a refused import left some of its events in the feed.");
        run.Check((await store.ReadStreamAsync(fresh.Stream, run.CancellationToken)).Count == 0, "a refused import left one of its streams behind.");
        var stored = await store.ImportAsync([fresh, other], run.CancellationToken);
        run.Check(stored.Events == fresh.Events.Count + other.Events.Count, "after refused imports the same streams were not imported whole.");
    }

    private static async Task ImportKeepsTheFeedWithoutGapsUnderConcurrentWriters(ContractRun run)
    {
        const int Writers = 4;
        const int AppendsEach = 15;
        const int Imports = 3;
        const int StreamsEach = 12;
        var store = await OpenImportingAsync(run, TenantId.Default);
        var reported = new System.Collections.Concurrent.ConcurrentBag<(NewStream[] Streams, ImportResult Result)>();
        var appending = Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            var profile = ContractData.Profile($"W-{writer}", evidence: 0);
            await store.SaveAsync(profile, run.CancellationToken);
            for (var n = 0; n < AppendsEach; n++)
            {
                profile.Record(ContractData.Evidence($"E-{n:D2}"), ContractData.At);
                await store.SaveAsync(profile, run.CancellationToken);
            }
        }));
        var importing = Enumerable.Range(0, Imports).Select(import => Task.Run(async () =>
        {
            NewStream[] streams = [.. Enumerable.Range(0, StreamsEach).Select(s => Imported(ContractData.Profile($"I-{import}-{s:D2}", evidence: s % 4)))];
            reported.Add((streams, await store.ImportAsync(streams, run.CancellationToken)));
        }));
        var writing = Task.WhenAll(appending.Concat(importing));

        var seen = await PollFeedWhileAsync(store, writing, batchSize: 9, run);
        await writing;
        var final = await ReadWholeFeed(store, run);
        var expected = (Writers * (AppendsEach + 1)) + reported.Sum(r => r.Streams.Sum(s => s.Events.Count));
        run.Check(final.Count == expected, $"the feed holds {final.Count} events, not {expected}.");
        run.Check(final.Select(r => r.Position).SequenceEqual(seen.Select(r => r.Position)), "an event committed at a position the polling reader had already passed (a gap in the feed).");
        var positions = final.ToDictionary(r => (r.Stream, r.StreamVersion), r => r.Position);
        foreach (var (streams, result) in reported)
        {
            var imported = streams.SelectMany(s => Enumerable.Range(1, s.Events.Count).Select(v => positions[(s.Stream, v)])).ToList();
            run.Check(imported.Zip(imported.Skip(1)).All(p => p.First < p.Second), "an import's events do not rise in the feed in the order given.");
            run.Check(result.FirstPosition == imported[0] && result.LastPosition == imported[^1], $"an import reported positions {result.FirstPosition}–{result.LastPosition}, but the feed has them at {imported[0]}–{imported[^1]}.");
        }
    }

    private static async Task ImportedPersonalDataIsErasedByKeyDestruction(ContractRun run)
    {
        var store = await OpenImportingAsync(run, TenantId.Default);
        var erased = Actor.RegisterResident(new ActorId("R-1"), ContractData.Particulars("王伟", "11010519491231002X", "13800000000"), ContractData.Directory, ContractData.At);
        var kept = Actor.RegisterResident(new ActorId("R-2"), ContractData.Particulars("李娜", "510104198807151234".Substring(0, 17) + ResidentIdentityNumber.CheckCharacterOf("51010419880715123"), "13900000000"), ContractData.Directory, ContractData.At);
        var result = await store.ImportAsync(new AggregateImport().Add(erased).Add(kept), run.CancellationToken);
        run.Check(erased.PendingEvents.Count == 0 && kept.PendingEvents.Count == 0, "imported aggregates kept their pending events.");

        run.Keys.Destroy(erased.Id);
        var reopened = await OpenImportingAsync(run, TenantId.Default);
        var rebuilt = (await reopened.LoadAsync(erased.Stream, run.CancellationToken))!;
        run.Check(rebuilt.Resident is { } r && r.Name == PersonalDataEraser.ErasedName && r.IdentityNumber == PersonalDataEraser.ErasedIdentityNumber && r.Phone is null, "an imported resident whose key was destroyed did not read back with the erased forms.");
        var other = (await reopened.LoadAsync(kept.Stream, run.CancellationToken))!;
        run.Check(other.Resident?.Name == kept.Resident!.Name && other.Resident.IdentityNumber == kept.Resident.IdentityNumber, "destroying one imported resident's key erased another's data.");
        run.Check(result.Streams == 2 && (await ReadWholeFeed(reopened, run)).Count == result.Events, "the feed does not read through erased imported events.");
    }

    private static async Task ImportsOfTenantsStayApart(ContractRun run)
    {
        var wenjiang = await OpenImportingAsync(run, new TenantId("510115"));
        var jinjiang = await OpenImportingAsync(run, new TenantId("510104"));
        await wenjiang.ImportAsync([Imported(ContractData.Profile("C-1", evidence: 2)), Imported(ContractData.Profile("C-2", evidence: 0))], run.CancellationToken);

        run.Check((await ReadWholeFeed(jinjiang, run)).Count == 0, "a tenant's feed holds another tenant's imported events.");
        run.Check((await ToListAsync(jinjiang.ListStreamsAsync(ParticipationProfile.StreamKind, run.CancellationToken))).Count == 0, "a tenant's listing holds another tenant's imported streams.");
        var theirs = await jinjiang.ImportAsync([Imported(ContractData.Profile("C-1", evidence: 0))], run.CancellationToken);
        run.Check(theirs.Events == 1, "a stream name another tenant imported could not be imported by this one.");
        run.Check((await wenjiang.ReadStreamAsync(ContractData.ProfileStream("C-1"), run.CancellationToken)).Count == 3, "one tenant's import reached another tenant's stream.");
        run.Check((await ReadWholeFeed(wenjiang, run)).Count == 4 && (await ReadWholeFeed(jinjiang, run)).Count == 1, "a tenant's feed holds another tenant's imported events.");
    }

    private static async Task CancelledImportWritesNothing(ContractRun run)
    {
        var store = await OpenImportingAsync(run, TenantId.Default);
        var profile = ContractData.Profile("C-1", evidence: 2);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var import = await ContractData.Refusal<OperationCanceledException>(() => store.ImportAsync(new AggregateImport().Add(profile), cancelled.Token));
        run.Check(import is not null, "an import with a cancelled token did not throw OperationCanceledException.");
        run.Check(profile.PendingEvents.Count == 3, "a cancelled import dropped the aggregate's pending events.");
        run.Check((await store.ReadAllAsync(0, 10, run.CancellationToken)).Count == 0, "a cancelled import wrote events.");
        run.Check((await store.ImportAsync(new AggregateImport().Add(profile), run.CancellationToken)).Events == 3, "after a cancelled import the same stream was not imported.");
    }

    private static NewStream Imported<TAggregate>(TAggregate aggregate)
        where TAggregate : AggregateRoot, IEventSourced<TAggregate> => new(aggregate.Stream, [.. aggregate.PendingEvents]);
}
