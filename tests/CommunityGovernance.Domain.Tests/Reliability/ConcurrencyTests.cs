using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using CommunityGovernance.Participation;
using CommunityGovernance.Storage;
using CommunityGovernance.Testing.Demands;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Reliability;

/// <summary>Optimistic concurrency on real aggregates saved to the in-memory store.</summary>
public sealed class ConcurrencyTests
{
    private static readonly Instant s_start = Instant.FromUtc(2025, 3, 1, 8, 0);
    private static readonly CommunityUnit s_heping = CommunityUnit.Administrative(AreaCode.Parse("510115001001"));

    [Fact]
    public async Task A_demand_changed_against_a_stale_version_is_not_saved_and_the_stream_keeps_the_first_writer()
    {
        var store = new InMemoryEventStore();
        var scenario = DemandGenerators.Scenarios.Sample(1, new Rnd(20261201UL, 13UL), 20)[0];
        var raised = scenario.Raise();
        await store.SaveAsync(raised);
        var stream = raised.Stream;
        var first = (await store.LoadAsync(stream))!;
        var second = (await store.LoadAsync(stream))!;

        first.Accept(scenario.Acceptor.Id, scenario.RaisedAt + Duration.FromHours(1), "accepted by the first clerk");
        await store.SaveAsync(first);
        second.Accept(scenario.Acceptor.Id, scenario.RaisedAt + Duration.FromHours(2), "accepted by the second clerk");
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(second));

        Assert.Equal(KernelRules.StreamVersionMatches, conflict.Rule);
        Assert.Equal((1L, 2L), (conflict.ExpectedVersion, conflict.ActualVersion));
        Assert.Single(second.PendingEvents);
        Assert.Equal(first.ToSnapshot(), (await store.LoadAsync(stream))!.ToSnapshot());
    }

    [Fact]
    public async Task A_writer_that_reloads_after_a_conflict_saves_its_change_on_top()
    {
        var store = new InMemoryEventStore();
        await store.SaveAsync(ParticipationProfile.Open(new ActorId("A-0001"), s_heping, EverythingExists.Directory, s_start));
        var first = (await store.LoadAsync(Profile))!;
        var stale = (await store.LoadAsync(Profile))!;
        first.Record(Evidence("E-first"), s_start);
        await store.SaveAsync(first);
        stale.Record(Evidence("E-second"), s_start);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(stale));

        var reloaded = (await store.LoadAsync(Profile))!;
        reloaded.Record(Evidence("E-second"), s_start);
        await store.SaveAsync(reloaded);

        Assert.Equal(["E-first", "E-second"], (await store.LoadAsync(Profile))!.Evidence.Select(e => e.Reference));
    }

    [Fact]
    public async Task Concurrent_writers_on_one_stream_lose_and_duplicate_no_event()
    {
        const int Writers = 8;
        const int RecordsEach = 25;
        var store = new InMemoryEventStore();
        await store.SaveAsync(ParticipationProfile.Open(new ActorId("A-0001"), s_heping, EverythingExists.Directory, s_start));

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            for (var n = 0; n < RecordsEach; n++)
            {
                while (true)
                {
                    var profile = (await store.LoadAsync(Profile))!;
                    profile.Record(Evidence($"E-{writer}-{n}"), s_start);
                    try
                    {
                        await store.SaveAsync(profile);
                        break;
                    }
                    catch (ConcurrencyConflictException)
                    {
                        // Another writer saved first: reload and try again, as a caller should.
                    }
                }
            }
        })));

        var stored = (await store.ReadStreamAsync(Profile)).Select(r => r.Event).ToList();
        var references = stored.OfType<ParticipationEvidenceRecorded>().Select(e => e.Evidence.Reference).ToArray();
        Assert.Equal(1 + (Writers * RecordsEach), stored.Count);
        Assert.Equal(Writers * RecordsEach, references.Distinct(StringComparer.Ordinal).Count());
        Assert.All(Enumerable.Range(0, Writers), w => Assert.Equal(
            Enumerable.Range(0, RecordsEach).Select(n => $"E-{w}-{n}"),
            references.Where(r => r.StartsWith($"E-{w}-", StringComparison.Ordinal))));
        Assert.Equal(stored.Count, ParticipationProfile.FromHistory(stored).Version);
    }

    private static StreamName<ParticipationProfile> Profile => ParticipationProfile.StreamOf(new ActorId("A-0001"), s_heping);

    private static ParticipationEvidence Evidence(string reference) =>
        new(reference, EvidenceKind.MeetingAttended, s_heping, new LocalDate(2025, 2, 1), null);
}
