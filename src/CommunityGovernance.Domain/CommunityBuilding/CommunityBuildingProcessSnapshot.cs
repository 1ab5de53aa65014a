using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>An immutable picture of a <see cref="CommunityBuildingProcess"/>.</summary>
/// <param name="Id">The process's id.</param>
/// <param name="Scope">Its unit and level.</param>
/// <param name="Title">What it is about.</param>
/// <param name="Body">Its deciding body.</param>
/// <param name="Fund">Its fund.</param>
/// <param name="Phases">When each phase began, in order.</param>
/// <param name="Buildings">For a living level, the buildings in the scope, in id order.</param>
/// <param name="Participants">The enrolled actors, in id order.</param>
/// <param name="Proposals">The proposals and projects, in the order raised.</param>
/// <param name="Ballots">The standing budget ballots, in voter id order.</param>
/// <param name="Count">The budget count, once made.</param>
[SanctionedCrossing(PlatformCrossing.Reason)]
public sealed record CommunityBuildingProcessSnapshot(
    CommunityBuildingProcessId Id,
    ProcessScope Scope,
    string Title,
    DecidingBody Body,
    Fund Fund,
    EquatableArray<PhaseStart> Phases,
    EquatableArray<BuildingId> Buildings,
    EquatableArray<EnrolledParticipant> Participants,
    EquatableArray<ProposalRecord> Proposals,
    EquatableArray<BudgetBallot> Ballots,
    BudgetCount? Count);
