using CommunityGovernance.Actors;
using CommunityGovernance.Demands;
using CommunityGovernance.Domain.Tests.Demands;
using CommunityGovernance.Kernel;
using CommunityGovernance.Testing.Demands;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Reliability;

/// <summary>
/// A demand driven step by step beside a plain model of its lifecycle (the table written out independently of
/// <see cref="DemandLifecycle"/> in <see cref="DemandPropertyTests"/>): who may take each step, in which status,
/// never back in time; routing only to a responsible actor other than the current assignee; and every recorded field (assignee, answer, reasons,
/// evaluation, first answer, buck passing, rework, the steps themselves) as the model keeps it.
/// </summary>
public sealed class DemandModelTests
{
    // What the scenario's Apply writes for each step (DemandScenario): the recorded note of each kind.
    private static readonly Dictionary<DemandStepKind, string> s_notes = new()
    {
        [DemandStepKind.Accept] = "accepted",
        [DemandStepKind.Route] = "routed",
        [DemandStepKind.StartWork] = string.Empty,
        [DemandStepKind.Respond] = "answer",
        [DemandStepKind.ReturnForRework] = "not good enough",
        [DemandStepKind.Close] = string.Empty,
        [DemandStepKind.Reject] = "out of scope",
        [DemandStepKind.Withdraw] = string.Empty,
        [DemandStepKind.Verify] = "checked on site",
        [DemandStepKind.FailVerification] = "checked on site",
        [DemandStepKind.Conclude] = "concluded",
    };

    public static Arbitrary<DemandScenario> Scenarios() => DemandGenerators.Scenarios.ToArbitrary();

    [ScaledProperty(Arbitrary = [typeof(DemandModelTests)])]
    public Property A_demand_follows_its_model_step_by_step(DemandScenario generated)
    {
        // Escalation depends on the working calendar's due instants, which WorkingCalendarTests and DemandEscalationTests
        // check; this model covers every other step.
        var scenario = generated with { Commands = [.. generated.Commands.Where(c => c.Onward || c.Kind != DemandStepKind.Escalate)] };
        var demand = scenario.Raise();
        var expected = demand.ToSnapshot();
        var steps = expected.Steps.ToList();
        var responsible = scenario.Responsible.Select(a => a.Id).ToHashSet();

        return StepByStep.Follows(demand, d => d.ToSnapshot(), scenario.Commands, (command, _) =>
            {
                var status = expected.Status;
                var kind = command.Onward ? Onward(status) : command.Kind;
                var role = command.Onward ? OnwardRole(status) : command.Role;
                var by = role switch
                {
                    DemandRole.Raiser => scenario.Raiser.Id,
                    DemandRole.Acceptor => scenario.Acceptor.Id,
                    DemandRole.Assignee => expected.Assignee ?? scenario.Acceptor.Id,
                    DemandRole.Responsible => scenario.Responsible[command.ResponsibleIndex % scenario.Responsible.Count].Id,
                    _ => scenario.Stranger.Id,
                };
                var at = steps[^1].At + command.Advance;

                var accepted = DemandPropertyTests.Legal[status].Contains(kind) && at >= steps[^1].At && kind switch
                {
                    DemandStepKind.Route => by != expected.Assignee && responsible.Contains(by),
                    DemandStepKind.StartWork or DemandStepKind.Respond => by == expected.Assignee,
                    DemandStepKind.Close or DemandStepKind.Withdraw => by == expected.Raiser,
                    DemandStepKind.Verify or DemandStepKind.FailVerification => by != expected.Raiser && by != expected.Assignee,
                    _ => true,
                };
                if (!accepted)
                {
                    return false;
                }

                // Routing records the routing actor (the acceptor), the assignee is the one routed to.
                steps.Add(new DemandStep(kind, kind == DemandStepKind.Route ? scenario.Acceptor.Id : by, at, s_notes[kind]));
                expected = kind switch
                {
                    DemandStepKind.Route => expected with { Assignee = by, BuckPassingCount = expected.BuckPassingCount + (expected.Assignee is null ? 0 : 1) },
                    DemandStepKind.Respond => expected with { Answer = "answer", Reasons = "reasons", FirstAnsweredAt = expected.FirstAnsweredAt ?? at },
                    DemandStepKind.Reject => expected with { Reasons = "out of scope", FirstAnsweredAt = expected.FirstAnsweredAt ?? at },
                    DemandStepKind.ReturnForRework => expected with { ReworkCount = expected.ReworkCount + 1 },
                    DemandStepKind.Close => expected with { Evaluation = command.Evaluation },
                    DemandStepKind.Verify or DemandStepKind.FailVerification => expected with
                    {
                        ReworkCount = expected.ReworkCount + (kind == DemandStepKind.Verify ? 0 : 1),
                        Verifications = new EquatableArray<DemandVerification>([.. expected.Verifications, new DemandVerification(by, VerificationMethod.OnSiteCheck, kind == DemandStepKind.Verify, "checked on site", at)]),
                    },
                    _ => expected,
                };
                expected = expected with { Status = After(kind), Steps = new EquatableArray<DemandStep>(steps) };
                return true;
            },
            (d, command, _) => scenario.Apply(d, command),
            d => d.ToSnapshot() == expected);
    }

    private static DemandStepKind Onward(DemandStatus status) => status switch
    {
        DemandStatus.Raised => DemandStepKind.Accept,
        DemandStatus.Accepted => DemandStepKind.Route,
        DemandStatus.Routed => DemandStepKind.StartWork,
        DemandStatus.InProgress => DemandStepKind.Respond,
        DemandStatus.Verified => DemandStepKind.Conclude,
        _ => DemandStepKind.Close,
    };

    private static DemandRole OnwardRole(DemandStatus status) => status switch
    {
        DemandStatus.Raised => DemandRole.Acceptor,
        DemandStatus.Accepted => DemandRole.Responsible,
        DemandStatus.Routed or DemandStatus.InProgress => DemandRole.Assignee,
        DemandStatus.Verified => DemandRole.Acceptor,
        _ => DemandRole.Raiser,
    };

    private static DemandStatus After(DemandStepKind kind) => kind switch
    {
        DemandStepKind.Accept => DemandStatus.Accepted,
        DemandStepKind.Route => DemandStatus.Routed,
        DemandStepKind.StartWork or DemandStepKind.ReturnForRework => DemandStatus.InProgress,
        DemandStepKind.Respond => DemandStatus.Responded,
        DemandStepKind.Close => DemandStatus.Closed,
        DemandStepKind.Reject => DemandStatus.Rejected,
        DemandStepKind.Verify => DemandStatus.Verified,
        DemandStepKind.FailVerification => DemandStatus.InProgress,
        DemandStepKind.Conclude => DemandStatus.Closed,
        _ => DemandStatus.Withdrawn,
    };
}
