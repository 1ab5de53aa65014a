using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
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
/// evaluation, first answer, buck passing, rework, verifications, escalations, the steps themselves) as the model keeps it.
/// Escalation is modelled too: the model keeps each stage's start and end as the steps come (from the stages' own
/// definitions on <see cref="DemandStage"/>, not from the aggregate's scan) and asks the calendar only for the due
/// instant, so an escalation is predicted accepted exactly when its stage is running past its limit and the street or
/// the district is still above the supervising level.
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
        [DemandStepKind.Escalate] = "overdue",
    };

    public static Arbitrary<DemandScenario> Scenarios() => DemandGenerators.Scenarios.ToArbitrary();

    [ScaledProperty(Arbitrary = [typeof(DemandModelTests)])]
    public Property A_demand_follows_its_model_step_by_step(DemandScenario generated)
    {
        var scenario = generated;
        var demand = scenario.Raise();
        var stages = new StageModel(demand.RaisedAt);
        var expected = demand.ToSnapshot();
        var steps = expected.Steps.ToList();
        var responsible = scenario.Responsible.Select(a => a.Id).ToHashSet();

        return StepByStep.Follows(demand, d => d.ToSnapshot(), scenario.Commands, (command, _) =>
            {
                var status = expected.Status;
                var kind = command.Onward ? Onward(status, command.ResponsibleIndex) : command.Kind;
                var role = command.Onward ? OnwardRole(kind) : command.Role;
                var by = role switch
                {
                    DemandRole.Raiser => scenario.Raiser.Id,
                    DemandRole.Acceptor => scenario.Acceptor.Id,
                    DemandRole.Assignee => expected.Assignee ?? scenario.Acceptor.Id,
                    DemandRole.Responsible => scenario.Responsible[command.ResponsibleIndex % scenario.Responsible.Count].Id,
                    _ => scenario.Stranger.Id,
                };
                var at = steps[^1].At + command.Advance;

                // An escalation may be taken from any status that is not final.
                var legal = kind == DemandStepKind.Escalate ? DemandPropertyTests.Legal[status].Length > 0 : DemandPropertyTests.Legal[status].Contains(kind);
                var accepted = legal && at >= steps[^1].At && kind switch
                {
                    DemandStepKind.Route => by != expected.Assignee && responsible.Contains(by),
                    DemandStepKind.StartWork or DemandStepKind.Respond => by == expected.Assignee,
                    DemandStepKind.Close or DemandStepKind.Withdraw => by == expected.Raiser,
                    DemandStepKind.Verify or DemandStepKind.FailVerification => by != expected.Raiser && by != expected.Assignee,
                    DemandStepKind.Escalate => expected.Escalations.Count < 2 && stages.IsRunningPast(command.EscalatedStage(status), at),
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
                    DemandStepKind.Escalate => expected with
                    {
                        Escalations = new EquatableArray<DemandEscalation>([
                            .. expected.Escalations,
                            new DemandEscalation(by, command.EscalatedStage(status), expected.Escalations.Count == 0 ? AdministrativeLevel.Street : AdministrativeLevel.District, "overdue", at)]),
                    },
                    _ => expected,
                };
                stages.Take(kind, at);
                expected = expected with { Status = kind == DemandStepKind.Escalate ? status : After(kind), Steps = new EquatableArray<DemandStep>(steps) };
                return true;
            },
            (d, command, _) => scenario.Apply(d, command),
            d => d.ToSnapshot() == expected)
            .Classify(generated.Commands.Any(c => !c.Onward && c.Kind == DemandStepKind.Escalate), "tries an escalation")
            .Classify(expected.Escalations.Count > 0, "escalated")
            .Classify(expected.Escalations.Count == 2, "escalated to the district")
            .Classify(expected.Verifications.Any(v => !v.Resolved), "failed a verification")
            .Classify(expected.Steps.Any(s => s.Kind == DemandStepKind.Conclude), "concluded");
    }


    // The onward step, written out again from DemandCommand's documentation.
    private static DemandStepKind Onward(DemandStatus status, int index) => status switch
    {
        DemandStatus.Raised => DemandStepKind.Accept,
        DemandStatus.Accepted => DemandStepKind.Route,
        DemandStatus.Routed => DemandStepKind.StartWork,
        DemandStatus.InProgress => DemandStepKind.Respond,
        DemandStatus.Responded when index % 4 == 0 => DemandStepKind.Verify,
        DemandStatus.Responded when index % 4 == 1 => DemandStepKind.FailVerification,
        DemandStatus.Verified when index % 2 == 0 => DemandStepKind.Conclude,
        _ => DemandStepKind.Close,
    };

    private static DemandRole OnwardRole(DemandStepKind kind) => kind switch
    {
        DemandStepKind.Route => DemandRole.Responsible,
        DemandStepKind.StartWork or DemandStepKind.Respond => DemandRole.Assignee,
        DemandStepKind.Close => DemandRole.Raiser,
        _ => DemandRole.Acceptor,
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

    /// <summary>
    /// Each stage's last start and its end after it, kept forward as steps are taken, from the stages as
    /// <see cref="DemandStage"/> defines them: accept runs from raising to acceptance; dispatch from acceptance to the
    /// first routing; handle from the first routing (routing on does not restart it), rework or a failed verification
    /// to the response; verify from the response to a verification, rework or closing; close from the response or a
    /// passed verification to closing or rework. A rejection or a withdrawal ends whatever runs.
    /// </summary>
    private sealed class StageModel
    {
        private readonly Dictionary<DemandStage, (Instant Start, Instant? End)> _spans = [];

        public StageModel(Instant raisedAt) => _spans[DemandStage.Accept] = (raisedAt, null);

        public bool IsRunningPast(DemandStage stage, Instant at) =>
            _spans.TryGetValue(stage, out var span) && span.End is null
            && at > WorkingCalendar.China.Add(span.Start, StageTimeLimits.Default.For(stage)!.Value);

        public void Take(DemandStepKind kind, Instant at)
        {
            switch (kind)
            {
                case DemandStepKind.Accept:
                    End(DemandStage.Accept, at);
                    Start(DemandStage.Dispatch, at);
                    break;
                case DemandStepKind.Route:
                    End(DemandStage.Dispatch, at);
                    if (!IsRunning(DemandStage.Handle))
                    {
                        Start(DemandStage.Handle, at);
                    }

                    break;
                case DemandStepKind.Respond:
                    End(DemandStage.Handle, at);
                    Start(DemandStage.Verify, at);
                    Start(DemandStage.Close, at);
                    break;
                case DemandStepKind.Verify:
                    End(DemandStage.Verify, at);
                    Start(DemandStage.Close, at);
                    break;
                case DemandStepKind.FailVerification or DemandStepKind.ReturnForRework:
                    End(DemandStage.Verify, at);
                    End(DemandStage.Close, at);
                    Start(DemandStage.Handle, at);
                    break;
                case DemandStepKind.Close or DemandStepKind.Conclude:
                    End(DemandStage.Verify, at);
                    End(DemandStage.Close, at);
                    break;
                case DemandStepKind.Reject or DemandStepKind.Withdraw:
                    foreach (var stage in _spans.Keys.ToList())
                    {
                        End(stage, at);
                    }

                    break;
            }
        }

        private bool IsRunning(DemandStage stage) => _spans.TryGetValue(stage, out var span) && span.End is null;

        private void Start(DemandStage stage, Instant at) => _spans[stage] = (at, null);

        private void End(DemandStage stage, Instant at)
        {
            if (IsRunning(stage))
            {
                _spans[stage] = (_spans[stage].Start, at);
            }
        }
    }
}
