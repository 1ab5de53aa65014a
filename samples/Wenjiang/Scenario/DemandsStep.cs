using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Demands;
using CommunityGovernance.Demands.Catalogue;
using NodaTime;

namespace Wenjiang.Scenario;

/// <summary>
/// Step 9, the response field (回应场): residents raise demands (诉求) about their living and administrative
/// communities; the residents' committee accepts and routes each to the actor responsible, who answers it — or not.
/// Some are buck-passed (推诿), some reworked (返工), some left unanswered past their deadline (超期), and the first
/// of those overdue early enough is escalated to its street (督办). Each is raised under a service of the example
/// catalogue, through one of several channels, with the default stage time limits on China's working calendar.
/// </summary>
/// <remarks>
/// Subjects, topics and outcomes are drawn from the scenario's seeded random source; a step that would fall after the
/// report's instant is not taken, so the report sees every demand as it stands on that day.
/// </remarks>
internal static class DemandsStep
{
    /// <summary>How many demands the scenario raises.</summary>
    public const int Count = 48;

    /// <summary>The time between two demands being raised.</summary>
    public static Duration Interval { get; } = Duration.FromHours(25);

    private static readonly DemandOutcome[] s_outcomes =
    [
        DemandOutcome.Satisfied, DemandOutcome.Satisfied, DemandOutcome.Satisfied, DemandOutcome.Satisfied,
        DemandOutcome.Dissatisfied, DemandOutcome.Reworked, DemandOutcome.BuckPassed, DemandOutcome.BuckPassed,
        DemandOutcome.Stalled, DemandOutcome.Rejected, DemandOutcome.Withdrawn,
    ];

    // How the residents' cases come in, in turn: the 12345 hotline most, then the app, walk-ins and letters. Grid workers'
    // reports come through the grid (GridStep).
    private static readonly IntakeChannel[] s_channels =
    [
        IntakeChannel.Hotline12345, IntakeChannel.App, IntakeChannel.Hotline12345, IntakeChannel.WalkIn, IntakeChannel.Hotline12345, IntakeChannel.Letter,
    ];

    /// <summary>Raises and works every demand.</summary>
    /// <param name="subjects">The communities demands are raised about, each with the jurisdiction whose committee receives them.</param>
    /// <param name="actors">The registered actors, by id.</param>
    /// <param name="random">The scenario's seeded random source.</param>
    /// <param name="directory">What exists: every raiser and subject.</param>
    /// <returns>The demands, in the order they were raised.</returns>
    public static IReadOnlyList<Demand> Raise(IReadOnlyList<(CommunityUnit Subject, AdministrativeCommunityId Jurisdiction)> subjects, IReadOnlyDictionary<ActorId, Actor> actors, Random random, ICommunityDirectory directory)
    {
        var demands = new List<Demand>(Count);
        var escalated = false;
        for (var i = 0; i < Count; i++)
        {
            var (subject, jurisdiction) = subjects[random.Next(subjects.Count)];
            var topics = subject.IsLiving ? DemandTopic.Living : DemandTopic.Administrative;
            var topic = topics[random.Next(topics.Count)];
            var outcome = s_outcomes[random.Next(s_outcomes.Length)];
            var raisedAt = Timeline.FirstDemand + (Interval * i);
            var id = new DemandId(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"SQ-2026-{i + 1:D4}"));
            var service = topic.Definition;
            var intake = new DemandIntake(s_channels[i % s_channels.Length], service.Code == new ServiceCode("3001") ? DemandUrgency.Urgent : DemandUrgency.Routine);
            var demand = Demand.Raise(id, ActorIds.Resident(i + 1), subject, service, topic.Text, intake, DemandDeadlines.Default, StageTimeLimits.Default, directory, raisedAt);

            var (first, second) = Assignees(subject, jurisdiction, service.Category, actors);
            new DemandRun(demand, ActorIds.ResidentsCommittee(jurisdiction), first, second, raisedAt).Play(outcome);
            if (outcome == DemandOutcome.Stalled && !escalated)
            {
                escalated = Escalate(demand, ActorIds.StreetOffice(jurisdiction.StreetCode));
            }

            demands.Add(demand);
        }

        return demands;
    }

    // The first stalled case whose handling runs past its limit early enough is escalated by its street office (督办),
    // the morning after it fell due.
    private static bool Escalate(Demand demand, ActorId streetOffice)
    {
        if (demand.StageDueAt(DemandStage.Handle, WorkingCalendar.China) is not { } due || due + Duration.FromHours(16) > Timeline.ReportAt)
        {
            return false;
        }

        demand.Escalate(streetOffice, DemandStage.Handle, WorkingCalendar.China, due + Duration.FromHours(16), "办理超过 5 个工作日，街道督办");
        return true;
    }

    // Who answers: in a living community, its property company or homeowners' committee; in an administrative one, the
    // residents' committee, with the street office as the one it passes the buck to.
    private static (Actor First, Actor Second) Assignees(CommunityUnit subject, AdministrativeCommunityId jurisdiction, DemandCategory category, IReadOnlyDictionary<ActorId, Actor> actors)
    {
        if (subject.IsLiving)
        {
            var plan = LivingCommunityPlan.All.Single(p => p.Id == subject.LivingCommunityId);
            var property = actors[plan.PropertyCompany];
            var homeowners = actors[plan.HomeownersCommittee];
            return category == DemandCategory.PublicService ? (property, homeowners) : (homeowners, property);
        }

        return (actors[ActorIds.ResidentsCommittee(jurisdiction)], actors[ActorIds.StreetOffice(jurisdiction.StreetCode)]);
    }
}
