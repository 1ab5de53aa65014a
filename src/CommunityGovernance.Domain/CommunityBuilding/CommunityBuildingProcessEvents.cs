using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities.Homeowners;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;
using NodaTime;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>A community-building process (社区营造) was opened on one unit, in its collecting phase.</summary>
/// <param name="OccurredAt">When; the collecting phase begins then.</param>
/// <param name="Process">The process's id.</param>
/// <param name="Scope">The unit and level.</param>
/// <param name="Title">What the process is about.</param>
/// <param name="Body">The deliberative body that decides which proposals go ahead.</param>
/// <param name="Fund">The fund its budget divides.</param>
/// <param name="Buildings">For a living level, the buildings in the scope, from the layout as it stood; empty otherwise.</param>
[SanctionedCrossing(PlatformCrossing.Reason)]
public sealed record CommunityBuildingProcessOpened(
    Instant OccurredAt,
    CommunityBuildingProcessId Process,
    ProcessScope Scope,
    string Title,
    DecidingBody Body,
    Fund Fund,
    EquatableArray<BuildingId> Buildings) : DomainEvent(OccurredAt);

/// <summary>A process entered its next phase.</summary>
/// <param name="OccurredAt">When the phase began.</param>
/// <param name="Process">The process.</param>
/// <param name="Phase">The phase.</param>
[SanctionedCrossing(PlatformCrossing.Reason)]
public sealed record ProcessPhaseBegan(Instant OccurredAt, CommunityBuildingProcessId Process, ProcessPhase Phase) : DomainEvent(OccurredAt);

/// <summary>An actor who lives or works in the unit enrolled in the process (where exactly, is not stored).</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Process">The process.</param>
/// <param name="Participant">The actor.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Tie">Whether it lives or works there.</param>
[SanctionedCrossing(PlatformCrossing.Reason)]
public sealed record ParticipantEnrolled(Instant OccurredAt, CommunityBuildingProcessId Process, ActorId Participant, ActorKind Kind, TieKind Tie)
    : DomainEvent(OccurredAt);

/// <summary>An enrolled actor raised a proposal (提案), citing the open demands it answers.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Process">The process.</param>
/// <param name="Proposal">The proposal's id.</param>
/// <param name="Proposer">The actor.</param>
/// <param name="Title">What it proposes.</param>
/// <param name="Demands">The demands it answers, in id order; may be empty.</param>
[SanctionedCrossing(PlatformCrossing.Reason)]
public sealed record ProposalRaised(
    Instant OccurredAt,
    CommunityBuildingProcessId Process,
    ProposalId Proposal,
    ActorId Proposer,
    string Title,
    EquatableArray<DemandId> Demands) : DomainEvent(OccurredAt);

/// <summary>An enrolled actor supported (附议) a proposal.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Process">The process.</param>
/// <param name="Proposal">The proposal.</param>
/// <param name="Supporter">The actor.</param>
[SanctionedCrossing(PlatformCrossing.Reason)]
public sealed record ProposalSupported(Instant OccurredAt, CommunityBuildingProcessId Process, ProposalId Proposal, ActorId Supporter)
    : DomainEvent(OccurredAt);

/// <summary>A proposal was merged into a similar one, which takes on its supporters and demands; the merged one is kept, marked.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Process">The process.</param>
/// <param name="Merged">The proposal merged away.</param>
/// <param name="Into">The proposal it was merged into.</param>
/// <param name="Reason">Why they are the same.</param>
[SanctionedCrossing(PlatformCrossing.Reason)]
public sealed record ProposalsMerged(Instant OccurredAt, CommunityBuildingProcessId Process, ProposalId Merged, ProposalId Into, string Reason)
    : DomainEvent(OccurredAt);

/// <summary>An enrolled actor took part in a meeting of the deliberative body (议事会).</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Process">The process.</param>
/// <param name="Participant">The actor.</param>
/// <param name="Meeting">The meeting's reference, e.g. its minutes number.</param>
[SanctionedCrossing(PlatformCrossing.Reason)]
public sealed record DeliberationAttended(Instant OccurredAt, CommunityBuildingProcessId Process, ActorId Participant, string Meeting)
    : DomainEvent(OccurredAt);

/// <summary>The deliberative body let a proposal go ahead to the budget vote, at a cost.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Process">The process.</param>
/// <param name="Proposal">The proposal.</param>
/// <param name="Cost">Its cost.</param>
/// <param name="By">The body that decided.</param>
/// <param name="AssemblyVote">The adopted homeowners' assembly vote, where the assembly decided.</param>
[SanctionedCrossing(PlatformCrossing.Reason)]
public sealed record ProposalAdmitted(
    Instant OccurredAt,
    CommunityBuildingProcessId Process,
    ProposalId Proposal,
    Money Cost,
    DecidingBody By,
    AssemblyVoteId? AssemblyVote) : DomainEvent(OccurredAt);

/// <summary>An enrolled actor cast (or changed) a budget ballot, choosing projects within the cap; the last one counts.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Process">The process.</param>
/// <param name="Voter">The actor.</param>
/// <param name="Choices">The proposals chosen, in id order.</param>
[SanctionedCrossing(PlatformCrossing.Reason)]
public sealed record BudgetVoteCast(Instant OccurredAt, CommunityBuildingProcessId Process, ActorId Voter, EquatableArray<ProposalId> Choices)
    : DomainEvent(OccurredAt);

/// <summary>The budget vote was counted as the deciding phase closed: the chosen proposals become projects.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Process">The process.</param>
/// <param name="Count">The count.</param>
[SanctionedCrossing(PlatformCrossing.Reason)]
public sealed record BudgetCounted(Instant OccurredAt, CommunityBuildingProcessId Process, BudgetCount Count) : DomainEvent(OccurredAt);

/// <summary>An actor took a part in a project, using a power it holds over the unit (共建共享).</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Process">The process.</param>
/// <param name="Project">The project.</param>
/// <param name="Participant">The actor.</param>
/// <param name="Part">What it does.</param>
/// <param name="Power">The power its part uses.</param>
[SanctionedCrossing(PlatformCrossing.Reason)]
public sealed record ProjectPartTaken(
    Instant OccurredAt,
    CommunityBuildingProcessId Process,
    ProposalId Project,
    ActorId Participant,
    string Part,
    GovernancePower Power) : DomainEvent(OccurredAt);

/// <summary>An enrolled actor volunteered (志愿服务) for a project.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Process">The process.</param>
/// <param name="Project">The project.</param>
/// <param name="Volunteer">The actor.</param>
[SanctionedCrossing(PlatformCrossing.Reason)]
public sealed record ProjectVolunteered(Instant OccurredAt, CommunityBuildingProcessId Process, ProposalId Project, ActorId Volunteer)
    : DomainEvent(OccurredAt);

/// <summary>Money was paid out of the fund against a project's allocation.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Process">The process.</param>
/// <param name="Project">The project.</param>
/// <param name="Amount">The amount.</param>
/// <param name="Reference">The voucher's reference.</param>
[SanctionedCrossing(PlatformCrossing.Reason)]
public sealed record ProjectSpent(Instant OccurredAt, CommunityBuildingProcessId Process, ProposalId Project, Money Amount, string Reference)
    : DomainEvent(OccurredAt);

/// <summary>A project was completed, with evidence (验收材料).</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Process">The process.</param>
/// <param name="Project">The project.</param>
/// <param name="Evidence">The evidence of completion.</param>
[SanctionedCrossing(PlatformCrossing.Reason)]
public sealed record ProjectCompleted(Instant OccurredAt, CommunityBuildingProcessId Process, ProposalId Project, string Evidence)
    : DomainEvent(OccurredAt);
