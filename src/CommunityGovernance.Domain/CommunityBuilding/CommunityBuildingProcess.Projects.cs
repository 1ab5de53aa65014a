using Ardalis.GuardClauses;
using CommunityGovernance.Actors;
using CommunityGovernance.Kernel;
using CommunityGovernance.Participation;
using CommunityGovernance.Rights;
using NodaTime;

namespace CommunityGovernance.CommunityBuilding;

public sealed partial class CommunityBuildingProcess
{
    /// <summary>
    /// An actor takes a part in a chosen project, using a governance power it holds over the process's unit: residents,
    /// self-organisations, social organisations, the property company and the residents' committee each carry their
    /// part under a right of their own (共建共享). Enrolment is not asked: a social organisation whose service is bought
    /// may work here without living or working here.
    /// </summary>
    /// <param name="project">The project.</param>
    /// <param name="participant">The actor.</param>
    /// <param name="part">What it does, e.g. 提供场地 or 组织志愿者.</param>
    /// <param name="power">The power its part uses.</param>
    /// <param name="rights">Where the actor's rights are looked up.</param>
    /// <param name="at">When; the right must be live then.</param>
    /// <exception cref="DomainRuleViolationException">
    /// The process is not carrying out; the project is unknown, not chosen (<see cref="CommunityBuildingRules.ProjectIsChosen"/>)
    /// or completed (<see cref="CommunityBuildingRules.ProjectIsOpen"/>); the actor takes a part already
    /// (<see cref="CommunityBuildingRules.ProjectParticipantIsNew"/>); or it holds no right with the power
    /// (<see cref="CommunityBuildingRules.ProjectParticipantHoldsRight"/>).
    /// </exception>
    public void TakePart(ProposalId project, ActorId participant, string part, GovernancePower power, IGovernanceRightsQuery rights, Instant at)
    {
        Guard.Against.MissingId(participant);
        var trimmed = Guard.Against.MissingText(part, MaxTextLength);
        Guard.Against.UnknownValue(power, GovernanceRightRules.GovernancePowerIsKnown);
        Guard.Against.MissingValue(rights);
        var state = OpenProject(project, "taking a part in a project");
        CheckRule(new ProjectParticipantIsNewRule(project, participant, state.Parts.Exists(p => p.Actor == participant)));
        CheckRule(new ProjectParticipantHoldsRightRule(participant, power, rights.PowersOver(participant, Scope.Unit, at), Scope.Unit));
        RaiseEvent(new ProjectPartTaken(at, Id, project, participant, trimmed, power));
    }

    /// <summary>An enrolled actor volunteers (志愿服务) for a chosen project.</summary>
    /// <param name="project">The project.</param>
    /// <param name="volunteer">The actor.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">The process is not carrying out; the actor is not enrolled; or the project is unknown, not chosen or completed.</exception>
    public void Volunteer(ProposalId project, ActorId volunteer, Instant at)
    {
        CheckStep("volunteering", s_carryingOut);
        CheckEligible(volunteer);
        OpenProject(project, "volunteering");
        RaiseEvent(new ProjectVolunteered(at, Id, project, volunteer));
    }

    /// <summary>Pays money out of the fund against a chosen project's allocation.</summary>
    /// <param name="project">The project.</param>
    /// <param name="amount">The amount: more than zero, within what the allocation leaves.</param>
    /// <param name="reference">The voucher's reference (凭证号).</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">
    /// The process is not carrying out; the project is unknown, not chosen or completed; or the amount is zero or more
    /// than the allocation leaves (<see cref="CommunityBuildingRules.SpendingFitsAllocation"/>).
    /// </exception>
    public void Spend(ProposalId project, Money amount, string reference, Instant at)
    {
        var trimmed = Guard.Against.MissingText(reference, MaxTextLength);
        var state = OpenProject(project, "spending");
        CheckRule(new SpendingFitsAllocationRule(project, amount, state.Spent, state.Cost ?? Money.Zero));
        RaiseEvent(new ProjectSpent(at, Id, project, amount, trimmed));
    }

    /// <summary>Completes a chosen project, with evidence (验收材料).</summary>
    /// <param name="project">The project.</param>
    /// <param name="evidence">The evidence of completion.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">
    /// The process is not carrying out; the project is unknown, not chosen or completed already; or no one took a part
    /// in it (<see cref="CommunityBuildingRules.ProjectHasParticipants"/>).
    /// </exception>
    public void Complete(ProposalId project, string evidence, Instant at)
    {
        var trimmed = Guard.Against.MissingText(evidence, MaxTextLength);
        var state = OpenProject(project, "completing a project");
        CheckRule(new ProjectHasParticipantsRule(project, state.Parts.Count));
        RaiseEvent(new ProjectCompleted(at, Id, project, trimmed));
    }

    private ProposalState OpenProject(ProposalId project, string step)
    {
        CheckStep(step, s_carryingOut);
        var state = Known(project);
        CheckRule(new ProjectIsChosenRule(project, state.Status));
        CheckRule(new ProjectIsOpenRule(project, state.CompletionEvidence is not null));
        return state;
    }

    private void WhenProject(DomainEvent domainEvent)
    {
        switch (domainEvent)
        {
            case ProjectPartTaken e:
                _proposalsById[e.Project].Parts.Add(new ProjectPart(e.Participant, e.Part, e.Power));
                Note(e.Participant, EvidenceKind.RoleHeld, e.OccurredAt);
                break;
            case ProjectVolunteered e:
                _proposalsById[e.Project].Volunteers.Add(e.Volunteer);
                Note(e.Volunteer, EvidenceKind.Volunteered, e.OccurredAt);
                break;
            case ProjectSpent e:
                var spent = _proposalsById[e.Project];
                spent.Payments.Add(new ProjectPayment(e.Amount, e.Reference, e.OccurredAt));
                spent.Spent += e.Amount;
                break;
            case ProjectCompleted e:
                _proposalsById[e.Project].CompletionEvidence = e.Evidence;
                break;
            default:
                RefuseForeignEvent(domainEvent);
                break;
        }
    }
}
