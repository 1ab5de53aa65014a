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
    public void A_demand_changed_against_a_stale_version_is_not_saved_and_the_stream_keeps_the_first_writer()
    {
        var store = new InMemoryEventStore();
        var scenario = DemandGenerators.Scenarios.Sample(1, new Rnd(20261201UL, 13UL), 20)[0];
        store.Save("demand", scenario.Raise());
        var first = Demand.FromHistory(store.Read("demand"));
        var second = Demand.FromHistory(store.Read("demand"));

        first.Accept(scenario.Acceptor.Id, scenario.RaisedAt + Duration.FromHours(1), "accepted by the first clerk");
        store.Save("demand", first);
        second.Accept(scenario.Acceptor.Id, scenario.RaisedAt + Duration.FromHours(2), "accepted by the second clerk");
        var conflict = Assert.Throws<ConcurrencyConflictException>(() => store.Save("demand", second));

        Assert.Equal(ConcurrencyConflictException.StreamVersionMatchesRule, conflict.Rule);
        Assert.Equal((1L, 2L), (conflict.ExpectedVersion, conflict.ActualVersion));
        Assert.Single(second.PendingEvents);
        Assert.Equal(first.ToSnapshot(), Demand.FromHistory(store.Read("demand")).ToSnapshot());
    }

    [Fact]
    public void A_writer_that_reloads_after_a_conflict_saves_its_change_on_top()
    {
        var store = new InMemoryEventStore();
        store.Save("profile", ParticipationProfile.Open(new ActorId("A-0001"), s_heping, s_start));
        var first = ParticipationProfile.FromHistory(store.Read("profile"));
        var stale = ParticipationProfile.FromHistory(store.Read("profile"));
        first.Record(Evidence("E-first"), s_start);
        store.Save("profile", first);
        stale.Record(Evidence("E-second"), s_start);
        Assert.Throws<ConcurrencyConflictException>(() => store.Save("profile", stale));

        var reloaded = ParticipationProfile.FromHistory(store.Read("profile"));
        reloaded.Record(Evidence("E-second"), s_start);
        store.Save("profile", reloaded);

        Assert.Equal(["E-first", "E-second"], ParticipationProfile.FromHistory(store.Read("profile")).Evidence.Select(e => e.Reference));
    }

    [Fact]
    public async Task Concurrent_writers_on_one_stream_lose_and_duplicate_no_event()
    {
        const int Writers = 8;
        const int RecordsEach = 25;
        var store = new InMemoryEventStore();
        store.Save("profile", ParticipationProfile.Open(new ActorId("A-0001"), s_heping, s_start));

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(() =>
        {
            for (var n = 0; n < RecordsEach; n++)
            {
                while (true)
                {
                    var profile = ParticipationProfile.FromHistory(store.Read("profile"));
                    profile.Record(Evidence($"E-{writer}-{n}"), s_start);
                    try
                    {
                        store.Save("profile", profile);
                        break;
                    }
                    catch (ConcurrencyConflictException)
                    {
                        // Another writer saved first: reload and try again, as a caller should.
                    }
                }
            }
        })));

        var stored = store.Read("profile");
        var references = stored.OfType<ParticipationEvidenceRecorded>().Select(e => e.Evidence.Reference).ToArray();
        Assert.Equal(1 + (Writers * RecordsEach), stored.Count);
        Assert.Equal(Writers * RecordsEach, references.Distinct(StringComparer.Ordinal).Count());
        Assert.All(Enumerable.Range(0, Writers), w => Assert.Equal(
            Enumerable.Range(0, RecordsEach).Select(n => $"E-{w}-{n}"),
            references.Where(r => r.StartsWith($"E-{w}-", StringComparison.Ordinal))));
        Assert.Equal(stored.Count, ParticipationProfile.FromHistory(stored).Version);
    }

    private static ParticipationEvidence Evidence(string reference) =>
        new(reference, EvidenceKind.MeetingAttended, s_heping, new LocalDate(2025, 2, 1), null);
}
