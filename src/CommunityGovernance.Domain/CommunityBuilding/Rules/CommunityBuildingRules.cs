using CommunityGovernance.Boundaries;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>
/// The stable names of the rules of community building (社区营造): processes, proposals and supports, deliberation
/// and the budget vote, projects and their spending. Match on these names, never on a message; <c>docs/errors.md</c>
/// lists them.
/// </summary>
[SanctionedCrossing(PlatformCrossing.Reason)]
public static class CommunityBuildingRules
{
    /// <summary>CommunityBuildingProcessIdIsWellFormed: declared on <see cref="CommunityBuildingProcessId"/>, listed here with the rest of the area.</summary>
    public const string ProcessIdIsWellFormed = CommunityBuildingProcessId.WellFormedRule;

    /// <summary>ProposalIdIsWellFormed: declared on <see cref="CommunityBuilding.ProposalId"/>, listed here with the rest of the area.</summary>
    public const string ProposalIdIsWellFormed = CommunityBuilding.ProposalId.WellFormedRule;

    /// <summary>The rule broken by a negative amount of money, one with more than two decimals, or one too large.</summary>
    public const string MoneyIsWellFormed = "MoneyIsWellFormed";

    /// <summary>The rule broken by a process scope whose level, unit and part do not fit together.</summary>
    public const string ScopeIsWellFormed = "ScopeIsWellFormed";

    /// <summary>The rule broken by a tie of unknown kind, without an administrative community, or naming a building outside a living community.</summary>
    public const string LocalTieIsWellFormed = "LocalTieIsWellFormed";

    /// <summary>The rule broken by a fund of unknown source, without a name or holder, or with a cap of zero.</summary>
    public const string FundIsWellFormed = "FundIsWellFormed";

    /// <summary>The rule broken by opening a process on a building, courtyard or compound its living community's layout does not hold.</summary>
    public const string ScopeLiesInLivingCommunity = "ScopeLiesInLivingCommunity";

    /// <summary>The rule broken by a deciding body that is neither a residents' council nor the homeowners' assembly.</summary>
    public const string DecidingBodyIsKnown = "DecidingBodyIsKnown";

    /// <summary>The rule broken by naming the homeowners' assembly as the deciding body of a process on an administrative unit.</summary>
    public const string HomeownersAssemblyDecidesOnLivingSide = "HomeownersAssemblyDecidesOnLivingSide";

    /// <summary>The rule broken by advancing a process past its accounting phase, or to an instant before its current phase began.</summary>
    public const string PhaseAdvancesInOrder = "PhaseAdvancesInOrder";

    /// <summary>The rule broken by enrolling, proposing, supporting, merging, deliberating, admitting or carrying out outside the phase that step belongs to.</summary>
    public const string StepIsTakenInItsPhase = "StepIsTakenInItsPhase";

    /// <summary>The rule broken by a budget vote cast outside the deciding phase.</summary>
    public const string VoteIsCastInDecidingPhase = "VoteIsCastInDecidingPhase";

    /// <summary>The rule broken by a residence tie for an actor that is not a resident, or that disagrees with the resident's recorded actual residence.</summary>
    public const string ResidenceTieIsActualResidence = "ResidenceTieIsActualResidence";

    /// <summary>The rule broken by enrolling an actor whose residence or workplace does not lie in the process's unit (household registration is never asked).</summary>
    public const string ParticipantLivesOrWorksInScope = "ParticipantLivesOrWorksInScope";

    /// <summary>The rule broken by enrolling an actor already enrolled.</summary>
    public const string ParticipantIsEnrolledOnce = "ParticipantIsEnrolledOnce";

    /// <summary>The rule broken by a proposal, support, deliberation, vote or volunteering by an actor not enrolled in the process.</summary>
    public const string ParticipantIsEligible = "ParticipantIsEligible";

    /// <summary>The rule broken by raising a proposal under an id the process already has.</summary>
    public const string ProposalIdIsNew = "ProposalIdIsNew";

    /// <summary>The rule broken by naming a proposal the process does not have.</summary>
    public const string ProposalIsKnown = "ProposalIsKnown";

    /// <summary>The rule broken by supporting, merging or admitting a proposal already merged into another.</summary>
    public const string ProposalStands = "ProposalStands";

    /// <summary>The rule broken by a proposal citing a demand that is closed, rejected or withdrawn.</summary>
    public const string CitedDemandIsOpen = "CitedDemandIsOpen";

    /// <summary>The rule broken by a proposal citing a demand about a unit outside the process's unit.</summary>
    public const string CitedDemandIsAboutTheUnit = "CitedDemandIsAboutTheUnit";

    /// <summary>The rule broken by supporting a proposal one already supports (directly or through a merged proposal).</summary>
    public const string ProposalIsSupportedOnce = "ProposalIsSupportedOnce";

    /// <summary>The rule broken by merging a proposal into itself.</summary>
    public const string MergeJoinsTwoProposals = "MergeJoinsTwoProposals";

    /// <summary>The rule broken by merging away a proposal already admitted to the vote.</summary>
    public const string MergedProposalIsNotAdmitted = "MergedProposalIsNotAdmitted";

    /// <summary>The rule broken by admitting a proposal by another body than the process's deciding body.</summary>
    public const string AdmissionIsByDecidingBody = "AdmissionIsByDecidingBody";

    /// <summary>The rule broken by backing an admission with a homeowners' assembly vote that is open, not adopted, or of another living community.</summary>
    public const string AssemblyDecisionIsAdopted = "AssemblyDecisionIsAdopted";

    /// <summary>The rule broken by admitting a proposal twice.</summary>
    public const string ProposalIsAdmittedOnce = "ProposalIsAdmittedOnce";

    /// <summary>The rule broken by admitting a proposal whose cost is zero or beyond the fund's budget cap.</summary>
    public const string ProjectCostFitsTheBudget = "ProjectCostFitsTheBudget";

    /// <summary>The rule broken by a budget vote choosing a proposal not admitted to the vote.</summary>
    public const string BudgetVoteChoosesAdmittedProposals = "BudgetVoteChoosesAdmittedProposals";

    /// <summary>The rule broken by a budget vote whose chosen projects cost more together than the budget cap.</summary>
    public const string BudgetVoteFitsTheCap = "BudgetVoteFitsTheCap";

    /// <summary>The rule broken by carrying out, spending on or completing a proposal the count did not choose.</summary>
    public const string ProjectIsChosen = "ProjectIsChosen";

    /// <summary>The rule broken by taking part in, volunteering for, spending on or completing a project already completed.</summary>
    public const string ProjectIsOpen = "ProjectIsOpen";

    /// <summary>The rule broken by taking a part in a project without holding, over the process's unit, the governance power the part uses (共建共享).</summary>
    public const string ProjectParticipantHoldsRight = "ProjectParticipantHoldsRight";

    /// <summary>The rule broken by an actor taking a second part in one project.</summary>
    public const string ProjectParticipantIsNew = "ProjectParticipantIsNew";

    /// <summary>The rule broken by spending more on a project than its allocation leaves, or spending nothing.</summary>
    public const string SpendingFitsAllocation = "SpendingFitsAllocation";

    /// <summary>The rule broken by completing a project no participant took a part in.</summary>
    public const string ProjectHasParticipants = "ProjectHasParticipants";
}
