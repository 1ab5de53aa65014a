using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;
using CommunityGovernance.Testing.Reliability;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Kernel;

/// <summary>
/// Every aggregate rebuilds through <c>AggregateRoot.Rebuild</c> and so refuses, with one rule, a history that is
/// empty, lost its creating event, or holds an event of another aggregate.
/// </summary>
public sealed class RebuildTests
{
    private static readonly Dictionary<string, Gen<AggregateHistory[]>> s_histories = new(StringComparer.Ordinal)
    {
        ["Demand"] = AggregateHistories.Demands,
        ["GovernanceRight"] = AggregateHistories.Rights,
        ["GovernanceArrangement"] = AggregateHistories.Arrangements,
        ["ParticipationProfile"] = AggregateHistories.Profiles,
        ["Actor"] = AggregateHistories.Actors,
        ["ProgrammeFulfilment"] = AggregateHistories.Programmes,
        ["District"] = AggregateHistories.Districts,
        ["CoverageRegister"] = AggregateHistories.Coverage,
        ["LivingCommunity"] = AggregateHistories.LivingCommunities,
        ["AdministrativeOrder"] = AggregateHistories.Orders,
        ["SelfGovernanceDecision"] = AggregateHistories.Decisions,
        ["PersonalInformationAccessLog"] = AggregateHistories.AccessLogs,
        ["WorkAccessList"] = AggregateHistories.WorkAccessLists,
        ["CommunityTask"] = AggregateHistories.CommunityTasks,
        ["OwnershipRegister"] = AggregateHistories.OwnershipRegisters,
        ["AssemblyVote"] = AggregateHistories.AssemblyVotes,
        ["CommunityBuildingProcess"] = AggregateHistories.CommunityBuildingProcesses,
        ["GridMap"] = AggregateHistories.GridMaps,
    };

    private static readonly DomainEvent s_foreign = new SomethingElseHappened(Instant.FromUtc(2025, 6, 1, 0, 0));

    public static TheoryData<string> Aggregates() => [.. s_histories.Keys];

    [Fact]
    public void Every_event_sourced_aggregate_of_the_domain_is_covered()
    {
        var aggregates = typeof(AggregateRoot).Assembly.GetExportedTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEventSourced<>)))
            .Select(t => t.Name);

        Assert.Equal(aggregates.Order(StringComparer.Ordinal), s_histories.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Aggregates))]
    public void A_real_history_rebuilds_the_aggregate(string aggregate)
    {
        var history = HistoryOf(aggregate);

        Assert.Equal(history.Snapshot, history.Rebuild(history.Events));
    }

    [Theory]
    [MemberData(nameof(Aggregates))]
    public void An_empty_history_is_refused(string aggregate) =>
        AssertRefused(HistoryOf(aggregate), []);

    [Theory]
    [MemberData(nameof(Aggregates))]
    public void A_history_without_its_creating_event_is_refused(string aggregate)
    {
        var history = HistoryOf(aggregate);

        AssertRefused(history, history.Events.Skip(1));
    }

    [Theory]
    [MemberData(nameof(Aggregates))]
    public void A_history_that_starts_with_a_foreign_event_is_refused(string aggregate)
    {
        var history = HistoryOf(aggregate);

        AssertRefused(history, [s_foreign, .. history.Events]);
    }

    [Theory]
    [MemberData(nameof(Aggregates))]
    public void A_foreign_event_after_the_creating_one_is_refused(string aggregate)
    {
        var history = HistoryOf(aggregate);

        AssertRefused(history, [.. history.Events, s_foreign]);
    }

    [Theory]
    [MemberData(nameof(Aggregates))]
    public void The_collections_an_aggregate_exposes_cannot_be_cast_back_and_changed(string aggregate)
    {
        var history = HistoryOf(aggregate);
        var type = typeof(AggregateRoot).Assembly.GetExportedTypes().Single(t => t.Name == aggregate);
        var instance = type.GetMethod("FromHistory")!.Invoke(null, [history.Events]);
        var collections = type.GetProperties()
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() is var d && (d == typeof(IReadOnlyList<>) || d == typeof(IReadOnlyCollection<>)));

        Assert.All(collections, property =>
        {
            var value = property.GetValue(instance)!;
            var mutable = value.GetType().GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollection<>))
                .Any(i => !(bool)i.GetProperty(nameof(ICollection<int>.IsReadOnly))!.GetValue(value)!);
            Assert.False(mutable, $"{aggregate}.{property.Name} is a {value.GetType().Name} a caller can change");
        });
    }

    private static void AssertRefused(AggregateHistory history, IEnumerable<DomainEvent> events)
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => history.Rebuild(events));

        Assert.Equal(KernelRules.HistoryBelongsToAggregate, error.Rule);
    }

    private static AggregateHistory HistoryOf(string aggregate) =>
        s_histories[aggregate].Sample(10, new Rnd(20261207UL, 11UL), 5).SelectMany(h => h).First(h => h.Events.Count > 0);

    private sealed record SomethingElseHappened(Instant OccurredAt) : DomainEvent(OccurredAt);
}
