using Ardalis.GuardClauses;
using CommunityGovernance.Actors;
using CommunityGovernance.Communities.Homeowners;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using CommunityGovernance.Participation;
using NodaTime;

namespace CommunityGovernance.CommunityBuilding;

public sealed partial class CommunityBuildingProcess
{
    /// <summary>The proposals, in the order raised, each with its project once chosen.</summary>
    public EquatableArray<ProposalRecord> Proposals => new(_proposals.Select(p => p.ToRecord()));

    /// <summary>An enrolled actor raises a proposal, citing the open demands about the unit it answers (none, if it answers none).</summary>
    /// <param name="proposal">The proposal's id, new in the process.</param>
    /// <param name="proposer">The actor.</param>
    /// <param name="title">What it proposes.</param>
    /// <param name="answers">The demands it answers, read only; may be empty.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">
    /// The process is not collecting (<see cref="CommunityBuildingRules.StepIsTakenInItsPhase"/>); the proposer is not
    /// enrolled (<see cref="CommunityBuildingRules.ParticipantIsEligible"/>); the id is taken
    /// (<see cref="CommunityBuildingRules.ProposalIdIsNew"/>); or a demand is final
    /// (<see cref="CommunityBuildingRules.CitedDemandIsOpen"/>) or about another unit
    /// (<see cref="CommunityBuildingRules.CitedDemandIsAboutTheUnit"/>).
    /// </exception>
    public void Propose(ProposalId proposal, ActorId proposer, string title, IEnumerable<Demand> answers, Instant at)
    {
        Guard.Against.MissingId(proposal);
        var trimmed = Guard.Against.MissingText(title, MaxTextLength);
        var demands = Guard.Against.MissingValue(answers).ToArray();
        CheckStep("raising a proposal", s_collecting);
        CheckEligible(proposer);
        CheckRule(new ProposalIdIsNewRule(proposal, _proposalsById.ContainsKey(proposal)));
        foreach (var demand in demands)
        {
            Guard.Against.MissingValue(demand);
            CheckRule(new CitedDemandIsOpenRule(demand.Id, demand.Status));
            CheckRule(new CitedDemandIsAboutTheUnitRule(demand.Id, demand.Subject, Scope));
        }

        RaiseEvent(new ProposalRaised(at, Id, proposal, proposer, trimmed, new EquatableArray<DemandId>(demands.Select(d => d.Id).Distinct().Order())));
    }

    /// <summary>An enrolled actor supports (附议) a standing proposal, once.</summary>
    /// <param name="proposal">The proposal.</param>
    /// <param name="supporter">The actor.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">
    /// The process is neither collecting nor deliberating (<see cref="CommunityBuildingRules.StepIsTakenInItsPhase"/>);
    /// the supporter is not enrolled (<see cref="CommunityBuildingRules.ParticipantIsEligible"/>); the proposal is
    /// unknown or merged away; or the actor supports it already (<see cref="CommunityBuildingRules.ProposalIsSupportedOnce"/>).
    /// </exception>
    public void Support(ProposalId proposal, ActorId supporter, Instant at)
    {
        CheckStep("supporting a proposal", s_supporting);
        CheckEligible(supporter);
        var state = Known(proposal);
        CheckRule(new ProposalStandsRule(proposal, state.MergedInto));
        CheckRule(new ProposalIsSupportedOnceRule(proposal, supporter, state.Supporters.Contains(supporter)));
        RaiseEvent(new ProposalSupported(at, Id, proposal, supporter));
    }

    /// <summary>Merges a proposal into a similar one: the target takes on its supporters (each counted once) and demands; the merged one is kept, marked.</summary>
    /// <param name="merged">The proposal merged away.</param>
    /// <param name="into">The proposal it is merged into.</param>
    /// <param name="reason">Why they are the same.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">
    /// The process is neither collecting nor deliberating; the two are one (<see cref="CommunityBuildingRules.MergeJoinsTwoProposals"/>);
    /// either is unknown or merged away; or the merged one is admitted already (<see cref="CommunityBuildingRules.MergedProposalIsNotAdmitted"/>).
    /// </exception>
    public void Merge(ProposalId merged, ProposalId into, string reason, Instant at)
    {
        var trimmed = Guard.Against.MissingText(reason, MaxTextLength);
        CheckStep("merging proposals", s_supporting);
        CheckRule(new MergeJoinsTwoProposalsRule(merged, into));
        var from = Known(merged);
        var to = Known(into);
        CheckRule(new ProposalStandsRule(merged, from.MergedInto));
        CheckRule(new ProposalStandsRule(into, to.MergedInto));
        CheckRule(new MergedProposalIsNotAdmittedRule(merged, from.Cost is not null));
        RaiseEvent(new ProposalsMerged(at, Id, merged, into, trimmed));
    }

    /// <summary>An enrolled actor takes part in a meeting of the deliberative body (议事会).</summary>
    /// <param name="participant">The actor.</param>
    /// <param name="meeting">The meeting's reference, e.g. its minutes number.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">The process is not deliberating, or the actor is not enrolled.</exception>
    public void AttendDeliberation(ActorId participant, string meeting, Instant at)
    {
        var trimmed = Guard.Against.MissingText(meeting, MaxTextLength);
        CheckStep("deliberating", s_deliberating);
        CheckEligible(participant);
        RaiseEvent(new DeliberationAttended(at, Id, participant, trimmed));
    }

    /// <summary>The residents' council lets a standing proposal go ahead to the budget vote, at a cost within the budget cap.</summary>
    /// <param name="proposal">The proposal.</param>
    /// <param name="cost">Its cost.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">
    /// The process is not deliberating; it is decided by the homeowners' assembly
    /// (<see cref="CommunityBuildingRules.AdmissionIsByDecidingBody"/>); the proposal is unknown, merged away or admitted
    /// already (<see cref="CommunityBuildingRules.ProposalIsAdmittedOnce"/>); or the cost is zero or beyond the cap
    /// (<see cref="CommunityBuildingRules.ProjectCostFitsTheBudget"/>).
    /// </exception>
    public void Admit(ProposalId proposal, Money cost, Instant at) => AdmitBy(DecidingBody.ResidentsCouncil, proposal, cost, null, at);

    /// <summary>
    /// The homeowners' assembly lets a standing proposal go ahead to the budget vote, at a cost within the budget cap,
    /// by a vote it adopted (the assembly's own count, reused, not repeated here).
    /// </summary>
    /// <param name="proposal">The proposal.</param>
    /// <param name="cost">Its cost.</param>
    /// <param name="decision">The assembly's closed and adopted vote on it, read only.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">
    /// As <see cref="Admit(ProposalId, Money, Instant)"/>; the process is decided by a residents' council
    /// (<see cref="CommunityBuildingRules.AdmissionIsByDecidingBody"/>); or the vote is open, not adopted or of another
    /// living community (<see cref="CommunityBuildingRules.AssemblyDecisionIsAdopted"/>).
    /// </exception>
    public void Admit(ProposalId proposal, Money cost, AssemblyVote decision, Instant at) =>
        AdmitBy(DecidingBody.HomeownersAssembly, proposal, cost, Guard.Against.MissingValue(decision), at);

    private void AdmitBy(DecidingBody by, ProposalId proposal, Money cost, AssemblyVote? decision, Instant at)
    {
        CheckStep("admitting a proposal to the vote", s_deliberating);
        CheckRule(new AdmissionIsByDecidingBodyRule(Body, by));
        if (decision is not null)
        {
            CheckRule(new AssemblyDecisionIsAdoptedRule(decision, Scope.Unit));
        }

        var state = Known(proposal);
        CheckRule(new ProposalStandsRule(proposal, state.MergedInto));
        CheckRule(new ProposalIsAdmittedOnceRule(proposal, state.Cost is not null));
        CheckRule(new ProjectCostFitsTheBudgetRule(proposal, cost, Fund.Cap));
        RaiseEvent(new ProposalAdmitted(at, Id, proposal, cost, by, decision?.Id));
    }

    /// <summary>
    /// An enrolled actor casts a budget ballot (or changes it: the last one before the count stands), choosing admitted
    /// proposals whose costs together fit the budget cap.
    /// </summary>
    /// <param name="voter">The actor.</param>
    /// <param name="choices">The proposals chosen; a proposal named twice counts once; may be empty.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">
    /// The process is not deciding (<see cref="CommunityBuildingRules.VoteIsCastInDecidingPhase"/>); the voter is not
    /// enrolled (<see cref="CommunityBuildingRules.ParticipantIsEligible"/>); a choice is not admitted
    /// (<see cref="CommunityBuildingRules.BudgetVoteChoosesAdmittedProposals"/>); or the choices cost more than the cap
    /// (<see cref="CommunityBuildingRules.BudgetVoteFitsTheCap"/>).
    /// </exception>
    public void CastVote(ActorId voter, IEnumerable<ProposalId> choices, Instant at)
    {
        var chosen = Guard.Against.MissingValue(choices).Distinct().Order().ToArray();
        CheckRule(new VoteIsCastInDecidingPhaseRule(Id, Phase));
        CheckEligible(voter);
        var totalFen = 0L;
        foreach (var proposal in chosen)
        {
            var admitted = _proposalsById.TryGetValue(proposal, out var state) && state.Cost is not null;
            CheckRule(new BudgetVoteChoosesAdmittedProposalsRule(proposal, admitted));
            totalFen += state!.Cost!.Value.Fen; // each at most the cap, so no overflow for any real number of proposals
        }

        CheckRule(new BudgetVoteFitsTheCapRule(totalFen, Fund.Cap));
        RaiseEvent(new BudgetVoteCast(at, Id, voter, new EquatableArray<ProposalId>(chosen)));
    }

    private void WhenProposalOrProject(DomainEvent domainEvent)
    {
        switch (domainEvent)
        {
            case ProposalRaised e:
                var raised = new ProposalState(e.Proposal, e.Proposer, e.Title, e.Demands);
                _proposals.Add(raised);
                _proposalsById[e.Proposal] = raised;
                Note(e.Proposer, EvidenceKind.ProposalMade, e.OccurredAt);
                break;
            case ProposalSupported e:
                _proposalsById[e.Proposal].Supporters.Add(e.Supporter);
                Note(e.Supporter, EvidenceKind.StatedWillingness, e.OccurredAt);
                break;
            case ProposalsMerged e:
                var (from, to) = (_proposalsById[e.Merged], _proposalsById[e.Into]);
                from.MergedInto = e.Into;
                to.Supporters.UnionWith(from.Supporters);
                to.Demands.UnionWith(from.Demands);
                break;
            case DeliberationAttended e:
                Note(e.Participant, EvidenceKind.MeetingAttended, e.OccurredAt);
                break;
            case ProposalAdmitted e:
                (_proposalsById[e.Proposal].Cost, _proposalsById[e.Proposal].AssemblyVote) = (e.Cost, e.AssemblyVote);
                break;
            default:
                WhenProject(domainEvent);
                break;
        }
    }
}
