using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Crossings;
using CommunityGovernance.Rights;
using CommunityGovernance.Testing.Communities;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Reliability;

/// <summary>
/// The three crossings of the boundary driven step by step beside plain models: an order is answered once, by a
/// complete body, with a reason when declined; a decision is acknowledged once, by a named actor, with a response;
/// an access is logged (and its read run) exactly when it names both people and carries a basis, a reference and a
/// purpose within their limits.
/// </summary>
public sealed class CrossingModelTests
{
    private static readonly ResidentsCommitteeChannel s_channel =
        new(new ActorId("RC-GUANGHUA"), new AdministrativeCommunityId(AreaCode.Parse("510115001001")));

    private static readonly LivingCommunityId s_living = new("GY-MODEL");

    // The model's world: the channel's community covers the living community; the issuer holds task-setting over it.
    private static readonly CrossingWorld s_world = new CrossingWorld(StepByStep.Start - Duration.FromDays(1))
        .Cover(s_living, s_channel.Jurisdiction)
        .Grant(new ActorId("STREET-LIUCHENG"), GovernancePowers.Of(GovernancePower.TaskSetting), CommunityUnit.Administrative(s_channel.Jurisdiction));

    // A requester of even id length holds a right over the covering community; the others reach it only by a duty's scope.
    private static bool HasJurisdiction(ActorId requester) => requester.Value.Length % 2 == 0;

    public static Arbitrary<AdministrativeOrderCommand[]> OrderSteps() => CrossingGenerators.OrderCommands.ToArbitrary();

    public static Arbitrary<SelfGovernanceDecisionCommand[]> DecisionSteps() => CrossingGenerators.DecisionCommands.ToArbitrary();

    public static Arbitrary<PersonalInformationAccessRequest[]> AccessRequests() => CrossingGenerators.AccessRequests.ToArbitrary();

    [ScaledProperty(Arbitrary = [typeof(CrossingModelTests)])]
    public Property An_administrative_order_follows_its_model_step_by_step(AdministrativeOrderCommand[] steps)
    {
        var order = AdministrativeOrder.Sink(
            new CrossingId("AO-MODEL"), new ActorId("STREET-LIUCHENG"), GovernancePower.TaskSetting, s_channel, s_living, "清理楼栋消防通道", null, s_world.Rights, s_world, StepByStep.Start);
        var expected = order.ToSnapshot();

        return StepByStep.Follows(order, o => o.ToSnapshot(), steps, (step, _) =>
            {
                if (expected.Status != AdministrativeOrderStatus.Sunk || !IsComplete(step.By))
                {
                    return false;
                }

                switch (step)
                {
                    case AdministrativeOrderCommand.Accept:
                        expected = expected with { Status = AdministrativeOrderStatus.Accepted, AnsweredBy = step.By };
                        return true;
                    case AdministrativeOrderCommand.Decline d when Usable(d.Reason, 2000):
                        expected = expected with { Status = AdministrativeOrderStatus.Declined, AnsweredBy = step.By, DeclineReason = d.Reason.Trim() };
                        return true;
                    default:
                        return false;
                }
            },
            (o, step, at) => step.ApplyTo(o, at),
            o => o.ToSnapshot() == expected);
    }

    [ScaledProperty(Arbitrary = [typeof(CrossingModelTests)])]
    public Property A_self_governance_decision_follows_its_model_step_by_step(SelfGovernanceDecisionCommand[] steps)
    {
        var decision = SelfGovernanceDecision.Submit(
            new CrossingId("SD-MODEL"), s_living, new SelfGoverningBody(new ActorId("HOA-1"), SelfGoverningBodyKind.HomeownersAssembly),
            new LocalDate(2025, 1, 1), "业主大会决定增设充电桩", s_channel, s_world, StepByStep.Start);
        var expected = decision.ToSnapshot();

        return StepByStep.Follows(decision, d => d.ToSnapshot(), steps, (step, _) =>
            {
                if (expected.AcknowledgedBy is not null || string.IsNullOrEmpty(step.By.Value) || !Usable(step.Response, 2000))
                {
                    return false;
                }

                expected = expected with { AcknowledgedBy = step.By, Response = step.Response.Trim() };
                return true;
            },
            (d, step, at) => step.ApplyTo(d, at),
            d => d.ToSnapshot() == expected);
    }

    [ScaledProperty(Arbitrary = [typeof(CrossingModelTests)])]
    public Property A_personal_information_access_log_follows_its_model_step_by_step(PersonalInformationAccessRequest[] requests)
    {
        var log = PersonalInformationAccessLog.Open(s_living, EverythingExists.Directory, StepByStep.Start);
        var logged = new List<PersonalInformationAccessed>();
        var world = new CrossingWorld(StepByStep.Start - Duration.FromDays(1)).Cover(s_living, s_channel.Jurisdiction);
        foreach (var requester in requests.Select(r => r.Requester).Where(r => r.Value.Length != 0 && HasJurisdiction(r)).Distinct())
        {
            world.Grant(requester, GovernancePowers.Of(GovernancePower.InspectionAndAssessment), CommunityUnit.Administrative(s_channel.Jurisdiction));
        }

        bool ran = false, accepted = false;

        return StepByStep.Follows(log, l => l.ToSnapshot(), requests, (request, at) =>
            {
                var byJurisdiction = HasJurisdiction(request.Requester);
                var byDuty = request.Basis == LegalBasis.StatutoryDuty && request.DutyScope is { } duty && s_channel.Jurisdiction.AreaCode.IsWithin(duty);
                accepted = !string.IsNullOrEmpty(request.Requester.Value) && !string.IsNullOrEmpty(request.Subject.Value)
                    && request.Basis is LegalBasis.Consent or LegalBasis.StatutoryDuty or LegalBasis.Emergency
                    && Usable(request.BasisReference, 500) && Usable(request.Purpose, 500)
                    && (byJurisdiction || byDuty);
                if (accepted)
                {
                    logged.Add(new PersonalInformationAccessed(
                        at, request.Requester, request.Subject, request.Basis!.Value, request.BasisReference!.Trim(), request.Purpose!.Trim(),
                        byJurisdiction ? AccessGround.Jurisdiction : AccessGround.StatutoryScope,
                        byJurisdiction ? s_channel.Jurisdiction.AreaCode : request.DutyScope));
                }

                return accepted;
            },
            (l, request, at) =>
            {
                ran = false;
                l.Access(request, s_living, _ => ran = true, world.Rights, world, at);
            },
            l => ran == accepted && l.ToSnapshot().Holder == s_living && l.Entries.SequenceEqual(logged));
    }

    private static bool IsComplete(SelfGoverningBody body) =>
        !string.IsNullOrEmpty(body.Actor.Value) && body.Kind is >= SelfGoverningBodyKind.HomeownersAssembly and <= SelfGoverningBodyKind.SelfOrganisation;

    private static bool Usable(string? text, int limit) => !string.IsNullOrWhiteSpace(text) && text.Trim().Length <= limit;
}
