using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>One proposal of an accountability report: what became of it, what it cost and spent, who carried it out.</summary>
/// <param name="Proposal">The proposal.</param>
/// <param name="Title">What it proposed.</param>
/// <param name="Proposer">Who raised it.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Supporters">Its distinct supporters.</param>
/// <param name="Cost">Its cost, if admitted.</param>
/// <param name="Votes">Its votes, if counted.</param>
/// <param name="Allocation">Its allocation, if chosen; otherwise zero.</param>
/// <param name="Spent">What was spent on it.</param>
/// <param name="Participants">How many actors took a part in it.</param>
/// <param name="Volunteerings">How many times actors volunteered for it.</param>
/// <param name="Demands">The demands it answers.</param>
[SanctionedCrossing(PlatformCrossing.Reason)]
public sealed record AccountabilityLine(
    ProposalId Proposal,
    string Title,
    ActorId Proposer,
    ProposalStatus Status,
    int Supporters,
    Money? Cost,
    int? Votes,
    Money Allocation,
    Money Spent,
    int Participants,
    int Volunteerings,
    EquatableArray<DemandId> Demands);

/// <summary>
/// The accountability report of a community-building process (公示问效): per proposal and in total, what was proposed,
/// supported, chosen, done and spent, and which demands were answered. Merged proposals are listed, and counted only
/// in <see cref="Merged"/>: their supporters and demands live on in the proposal they were merged into.
/// </summary>
/// <param name="Process">The process.</param>
/// <param name="Scope">Its unit and level.</param>
/// <param name="Phase">Its phase when reported.</param>
/// <param name="Fund">Its fund.</param>
/// <param name="Enrolled">How many actors enrolled.</param>
/// <param name="Proposed">How many proposals were raised.</param>
/// <param name="Merged">How many were merged into another.</param>
/// <param name="Supported">How many standing proposals have at least one supporter.</param>
/// <param name="Admitted">How many standing proposals went ahead to the vote.</param>
/// <param name="Chosen">How many the count chose (completed ones included).</param>
/// <param name="Completed">How many projects were completed.</param>
/// <param name="Allocated">The chosen projects' allocations together; never above the fund's cap.</param>
/// <param name="Spent">What was spent on them together; never above <paramref name="Allocated"/>.</param>
/// <param name="DemandsCited">The demands the standing proposals answer, in id order.</param>
/// <param name="DemandsAnswered">The demands the completed projects answer, in id order.</param>
/// <param name="Participations">How many pieces of participation evidence the process gave.</param>
/// <param name="Lines">Every proposal, in the order raised.</param>
[SanctionedCrossing(PlatformCrossing.Reason)]
public sealed record AccountabilityReport(
    CommunityBuildingProcessId Process,
    ProcessScope Scope,
    ProcessPhase Phase,
    Fund Fund,
    int Enrolled,
    int Proposed,
    int Merged,
    int Supported,
    int Admitted,
    int Chosen,
    int Completed,
    Money Allocated,
    Money Spent,
    EquatableArray<DemandId> DemandsCited,
    EquatableArray<DemandId> DemandsAnswered,
    int Participations,
    EquatableArray<AccountabilityLine> Lines)
{
    /// <summary>What is left of the fund: its cap less what was spent.</summary>
    public Money Unspent => Fund.Cap - Spent;
}
