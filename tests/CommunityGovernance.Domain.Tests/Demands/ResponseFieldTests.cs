using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using CommunityGovernance.Testing.Actors;
using CommunityGovernance.Testing.Demands;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;

namespace CommunityGovernance.Domain.Tests.Demands;

public sealed class ResponseFieldTests
{
    private static readonly Instant At = Instant.FromUtc(2025, 3, 1, 9, 0);
    private static readonly CommunityUnit Compound = CommunityUnit.Living(new LivingCommunityId("GY-01"));
    private static readonly ActorId Office = new("SO-1");

    [Fact]
    public void Rates_follow_their_definitions()
    {
        var property = Actor.RegisterOrganisation(new ActorId("PC-1"), ActorKind.PropertyCompany, "物业", At);
        property.AssignResponsibility(DemandCategory.PublicService, Compound, EverythingExists.Directory, At);
        Demand Raise(string id, string raiser) =>
            Demand.Raise(new DemandId(id), new ActorId(raiser), Compound, DemandCategory.PublicService, "维修", "Please repair.", DemandDeadlines.Default, EverythingExists.Directory, At);

        var satisfied = Raise("D-1", "R-1");
        satisfied.Accept(Office, At);
        satisfied.Route(Office, property, At);
        satisfied.StartWork(property.Id, At);
        satisfied.Respond(property.Id, "Repaired.", "Parts in stock.", At + Duration.FromDays(2));
        satisfied.Close(new ActorId("R-1"), DemandEvaluation.Satisfied, At + Duration.FromDays(3));

        var rejectedLate = Raise("D-2", "R-2");
        rejectedLate.Reject(Office, "Private matter between neighbours.", At + Duration.FromDays(8));

        var withdrawn = Raise("D-3", "R-1");
        withdrawn.Withdraw(new ActorId("R-1"), At);

        var forgotten = Raise("D-4", "R-2");

        var metrics = ResponseField.Measure([satisfied, rejectedLate, withdrawn, forgotten], new FakeClock(At + Duration.FromDays(10)));

        Assert.Equal(new ResponseMetrics(Raised: 4, WithdrawnUnanswered: 1, Answered: 2, AnsweredOnTime: 1, Overdue: 1, Evaluated: 1, Satisfied: 1, BuckPassing: 0, Rework: 0), metrics);
        Assert.Equal(2.0 / 3, metrics.ResponseRate);
        Assert.Equal(0.5, metrics.OnTimeRate);
        Assert.Equal(1.0, metrics.SatisfactionRate);
        Assert.Null(ResponseMetrics.Empty.ResponseRate);
        Assert.Equal(property.Id, Assert.Single(ResponseField.ByAssignee([satisfied, forgotten], new FakeClock(At))).Key);
    }

    private static Gen<(DemandScenario[] Scenarios, int HoursAfterEpoch)> Fields { get; } =
        from scenarios in DemandGenerators.ScenariosAbout(Gen.OneOf(
            UnitGenerators.LivingCommunities.Select(CommunityUnit.Living),
            UnitGenerators.AdministrativeCommunities.Select(CommunityUnit.Administrative))).ArrayOf()
        from hours in Gen.Choose(0, 400 * 24)
        select (scenarios, hours);

    [ScaledProperty]
    public Property Response_metrics_equal_a_naive_recount_from_the_event_histories() =>
        Prop.ForAll(Fields.ToArbitrary(), field =>
        {
            var histories = field.Scenarios.Select(s => s.Run().DequeuePendingEvents()).ToArray();
            var demands = histories.Select(Demand.FromHistory).ToArray();
            var now = Instant.FromUtc(2025, 1, 1, 0, 0) + Duration.FromHours(field.HoursAfterEpoch);
            var clock = new FakeClock(now);

            var byCommunity = histories.GroupBy(h => Raised(h).Subject).ToDictionary(g => g.Key, g => Recount(g, now));
            var byRaiser = histories.GroupBy(h => Raised(h).Raiser).ToDictionary(g => g.Key, g => Recount(g, now));
            var byAssignee = histories.Where(h => h.OfType<DemandRouted>().Any())
                .GroupBy(h => h.OfType<DemandRouted>().Last().To).ToDictionary(g => g.Key, g => Recount(g, now));

            return (ResponseField.Measure(demands, clock) == Recount(histories, now)
                    && SameEntries(ResponseField.ByCommunity(demands, clock), byCommunity)
                    && SameEntries(ResponseField.ByRaiser(demands, clock), byRaiser)
                    && SameEntries(ResponseField.ByAssignee(demands, clock), byAssignee))
                .Label($"{histories.Length} demands at {now}");
        });

    private static DemandRaised Raised(IReadOnlyList<DomainEvent> history) => (DemandRaised)history[0];

    // Counts straight from the events, without the aggregate: the definitions of ResponseMetrics, read literally.
    private static ResponseMetrics Recount(IEnumerable<IReadOnlyList<DomainEvent>> histories, Instant now)
    {
        var raised = 0;
        var withdrawn = 0;
        var answered = 0;
        var onTime = 0;
        var overdue = 0;
        var evaluated = 0;
        var satisfied = 0;
        var buckPassing = 0;
        var rework = 0;
        foreach (var history in histories)
        {
            var due = Raised(history).DueAt;
            var firstAnswer = history.FirstOrDefault(e => e is DemandResponded or DemandRejected);
            var wasWithdrawn = history.Any(e => e is DemandWithdrawn);
            raised++;
            withdrawn += wasWithdrawn && firstAnswer is null ? 1 : 0;
            answered += firstAnswer is null ? 0 : 1;
            onTime += firstAnswer is not null && firstAnswer.OccurredAt <= due ? 1 : 0;
            overdue += firstAnswer is null && !wasWithdrawn && now > due ? 1 : 0;
            evaluated += history.OfType<DemandClosed>().Count();
            satisfied += history.OfType<DemandClosed>().Count(e => e.Evaluation == DemandEvaluation.Satisfied);
            buckPassing += Math.Max(0, history.OfType<DemandRouted>().Count() - 1);
            rework += history.OfType<DemandReturnedForRework>().Count();
        }

        return new ResponseMetrics(raised, withdrawn, answered, onTime, overdue, evaluated, satisfied, buckPassing, rework);
    }

    private static bool SameEntries<TKey>(IReadOnlyDictionary<TKey, ResponseMetrics> actual, Dictionary<TKey, ResponseMetrics> expected)
        where TKey : notnull =>
        actual.Count == expected.Count && expected.All(e => actual.TryGetValue(e.Key, out var metrics) && metrics == e.Value);
}
