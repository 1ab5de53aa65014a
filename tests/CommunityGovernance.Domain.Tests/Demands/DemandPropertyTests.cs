using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using CommunityGovernance.Testing.Demands;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;

namespace CommunityGovernance.Domain.Tests.Demands;

public sealed class DemandPropertyTests
{
    // The lifecycle of the issue, written out again independently of DemandLifecycle: status → steps allowed.
    // The step-by-step model (Reliability/DemandModelTests) reads the same table.
    internal static readonly Dictionary<DemandStatus, DemandStepKind[]> Legal = new()
    {
        [DemandStatus.Raised] = [DemandStepKind.Accept, DemandStepKind.Reject, DemandStepKind.Withdraw],
        [DemandStatus.Accepted] = [DemandStepKind.Route, DemandStepKind.Reject, DemandStepKind.Withdraw],
        [DemandStatus.Routed] = [DemandStepKind.Route, DemandStepKind.StartWork, DemandStepKind.Reject, DemandStepKind.Withdraw],
        [DemandStatus.InProgress] = [DemandStepKind.Route, DemandStepKind.Respond, DemandStepKind.Reject, DemandStepKind.Withdraw],
        [DemandStatus.Responded] = [DemandStepKind.ReturnForRework, DemandStepKind.Close, DemandStepKind.Verify, DemandStepKind.FailVerification],
        [DemandStatus.Verified] = [DemandStepKind.ReturnForRework, DemandStepKind.Close, DemandStepKind.Conclude],
        [DemandStatus.Closed] = [],
        [DemandStatus.Rejected] = [],
        [DemandStatus.Withdrawn] = [],
    };

    private static readonly Dictionary<DemandStepKind, DemandStatus> Leads = new()
    {
        [DemandStepKind.Raise] = DemandStatus.Raised,
        [DemandStepKind.Accept] = DemandStatus.Accepted,
        [DemandStepKind.Route] = DemandStatus.Routed,
        [DemandStepKind.StartWork] = DemandStatus.InProgress,
        [DemandStepKind.Respond] = DemandStatus.Responded,
        [DemandStepKind.ReturnForRework] = DemandStatus.InProgress,
        [DemandStepKind.Close] = DemandStatus.Closed,
        [DemandStepKind.Reject] = DemandStatus.Rejected,
        [DemandStepKind.Withdraw] = DemandStatus.Withdrawn,
        [DemandStepKind.Verify] = DemandStatus.Verified,
        [DemandStepKind.FailVerification] = DemandStatus.InProgress,
        [DemandStepKind.Conclude] = DemandStatus.Closed,
    };

    [ScaledProperty(Arbitrary = new[] { typeof(DemandArbitraries) })]
    public Property Random_command_sequences_only_ever_produce_legal_lifecycles(DemandScenario scenario)
    {
        var demand = scenario.Run();
        var steps = demand.Steps;

        var startsRaised = steps[0].Kind == DemandStepKind.Raise && steps.Skip(1).All(s => s.Kind != DemandStepKind.Raise);
        // An escalation may be taken from any status that is not final, and keeps it.
        var statuses = steps.Where(s => s.Kind != DemandStepKind.Escalate).Select(s => Leads[s.Kind]).ToList();
        var everyMoveLegal = true;
        var status = DemandStatus.Raised;
        foreach (var step in steps.Skip(1))
        {
            everyMoveLegal &= step.Kind == DemandStepKind.Escalate ? Legal[status].Length > 0 : Legal[status].Contains(step.Kind);
            status = step.Kind == DemandStepKind.Escalate ? status : Leads[step.Kind];
        }

        var chronological = steps.Zip(steps.Skip(1)).All(pair => pair.First.At <= pair.Second.At);
        var statusIsLastStep = demand.Status == statuses[^1];
        var verifiedByThirdParty = demand.Verifications.All(v => v.By != scenario.Raiser.Id)
            && demand.PendingEvents.OfType<DemandVerified>().All(v => v.By != scenario.Raiser.Id);
        var escalatedAtMostTwice = demand.Escalations.Count <= 2 && demand.Escalations.Select(e => e.To).SequenceEqual(new[] { AdministrativeLevel.Street, AdministrativeLevel.District }.Take(demand.Escalations.Count));
        var routedOnlyToResponsible = demand.PendingEvents.OfType<DemandRouted>().All(e => scenario.Responsible.Any(a => a.Id == e.To));
        var closedOnlyByRaiser = steps.Where(s => s.Kind is DemandStepKind.Close or DemandStepKind.Withdraw).All(s => s.Actor == scenario.Raiser.Id);

        return (startsRaised && everyMoveLegal && chronological && statusIsLastStep && routedOnlyToResponsible && closedOnlyByRaiser && verifiedByThirdParty && escalatedAtMostTwice)
            .Label(string.Join(" → ", steps.Select(s => s.Kind)))
            .Classify(demand.Status == DemandStatus.Closed, "closed")
            .Classify(demand.BuckPassingCount > 0, "passed on")
            .Classify(demand.Verifications.Count > 0, "verified")
            .Classify(demand.Escalations.Count > 0, "escalated");
    }

    [ScaledProperty(Arbitrary = new[] { typeof(DemandArbitraries) })]
    public Property A_refused_command_leaves_the_demand_exactly_as_it_was(DemandScenario scenario)
    {
        var demand = scenario.Raise();
        var unchanged = true;
        foreach (var command in scenario.Commands)
        {
            var before = demand.ToSnapshot();
            var version = demand.Version;
            var pending = demand.PendingEvents.Count;
            try
            {
                scenario.Apply(demand, command);
                unchanged &= demand.Version == version + 1 && demand.PendingEvents.Count == pending + 1;
            }
            catch (DomainRuleViolationException)
            {
                unchanged &= demand.ToSnapshot() == before && demand.Version == version && demand.PendingEvents.Count == pending;
            }
        }

        return unchanged.ToProperty();
    }

    [ScaledProperty(Arbitrary = new[] { typeof(DemandArbitraries) })]
    public Property The_shipped_invariant_check_finds_nothing_after_any_sequence(DemandScenario scenario)
    {
        var violations = DemandInvariants.Check(scenario.Run());
        return (violations.Count == 0).Label(string.Join("; ", violations));
    }

    [Fact]
    public void The_shipped_invariant_check_finds_a_broken_history()
    {
        var raised = new DemandRaised(new DemandId("D-1"), new ActorId("R-1"), CommunityUnit.Living(new LivingCommunityId("GY-01")), DemandCategory.PublicService, "s", "t", Instant.FromUtc(2025, 1, 8, 0, 0), Instant.FromUtc(2025, 1, 1, 0, 0));
        var closedAtOnce = new DemandClosed(new DemandId("D-1"), new ActorId("R-1"), DemandEvaluation.Satisfied, "", Instant.FromUtc(2024, 1, 1, 0, 0));

        var violations = DemandInvariants.Check(Demand.FromHistory([raised, closedAtOnce]));

        Assert.Contains("Step 1 (Close) may not follow Raised.", violations);
        Assert.Contains("Step 1 is recorded before the step it follows.", violations);
    }

    [ScaledProperty(Arbitrary = new[] { typeof(DemandArbitraries) })]
    public Property A_demand_rebuilt_from_its_events_equals_the_live_one(DemandScenario scenario)
    {
        var demand = scenario.Run();
        var rebuilt = Demand.FromHistory(demand.PendingEvents);

        return (rebuilt.ToSnapshot() == demand.ToSnapshot() && rebuilt.Version == demand.Version).ToProperty();
    }

    [ScaledProperty(Arbitrary = new[] { typeof(DemandArbitraries) })]
    public Property Buck_passing_and_rework_are_counted_from_the_steps(DemandScenario scenario)
    {
        var demand = scenario.Run();
        var routes = demand.Steps.Count(s => s.Kind == DemandStepKind.Route);
        var reworks = demand.Steps.Count(s => s.Kind is DemandStepKind.ReturnForRework or DemandStepKind.FailVerification);

        return (demand.BuckPassingCount == Math.Max(0, routes - 1) && demand.ReworkCount == reworks)
            .Label($"{routes} routes, {reworks} reworks");
    }

    [ScaledProperty(Arbitrary = new[] { typeof(DemandArbitraries) })]
    public Property A_demand_is_due_its_category_deadline_after_it_is_raised(DemandDeadlines deadlines, DemandCategory category, DemandId id)
    {
        var raisedAt = Instant.FromUtc(2025, 6, 1, 8, 0);
        var demand = Demand.Raise(id, new ActorId("R-1"), CommunityUnit.Living(new LivingCommunityId("GY-01")), category, "sub", "text", deadlines, EverythingExists.Directory, raisedAt);

        return (deadlines.For(category) > Duration.Zero
                && demand.DueAt == raisedAt + deadlines.For(category)
                && !demand.IsOverdue(new FakeClock(demand.DueAt))
                && demand.IsOverdue(new FakeClock(demand.DueAt + Duration.Epsilon)))
            .Label($"{category}: {deadlines.For(category)}");
    }
}
