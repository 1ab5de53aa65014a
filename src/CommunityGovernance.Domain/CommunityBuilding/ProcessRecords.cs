using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities.Homeowners;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using CommunityGovernance.Participation;
using CommunityGovernance.Rights;
using NodaTime;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>When a phase of a process began.</summary>
/// <param name="Phase">The phase.</param>
/// <param name="BeganAt">The instant it began.</param>
[SanctionedCrossing(PlatformCrossing.Reason)]
public sealed record PhaseStart(ProcessPhase Phase, Instant BeganAt);

/// <summary>An actor enrolled in a process: its kind and whether it lives or works in the unit (where, is not kept).</summary>
/// <param name="Actor">The actor.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Tie">Whether it lives or works there.</param>
[SanctionedCrossing(PlatformCrossing.Reason)]
public sealed record EnrolledParticipant(ActorId Actor, ActorKind Kind, TieKind Tie);

/// <summary>
/// One participant's part in a project (共建): what it does and the governance power it uses, which it held over the
/// process's unit when it took the part.
/// </summary>
/// <param name="Actor">The participant.</param>
/// <param name="Part">What it does, e.g. 提供场地 or 组织志愿者.</param>
/// <param name="Power">The power its part uses.</param>
[SanctionedCrossing(PlatformCrossing.Reason)]
public sealed record ProjectPart(ActorId Actor, string Part, GovernancePower Power);

/// <summary>A payment out of the fund against a project's allocation.</summary>
/// <param name="Amount">The amount.</param>
/// <param name="Reference">The voucher's reference (凭证号).</param>
/// <param name="PaidAt">When.</param>
[SanctionedCrossing(PlatformCrossing.Reason)]
public sealed record ProjectPayment(Money Amount, string Reference, Instant PaidAt);

/// <summary>A budget voter's standing ballot: the proposals chosen, in id order.</summary>
/// <param name="Voter">The voter.</param>
/// <param name="Choices">The proposals chosen.</param>
[SanctionedCrossing(PlatformCrossing.Reason)]
public sealed record BudgetBallot(ActorId Voter, EquatableArray<ProposalId> Choices);

/// <summary>
/// A proposal of a process and, once chosen, its project: who raised it, which demands it answers, who supports it,
/// what became of it, and what was spent and done.
/// </summary>
/// <param name="Id">The proposal's id.</param>
/// <param name="Proposer">The actor who raised it.</param>
/// <param name="Title">What it proposes.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Demands">The demands it answers, in id order (with those of proposals merged into it).</param>
/// <param name="Supporters">Its distinct supporters, in id order (with those of proposals merged into it).</param>
/// <param name="MergedInto">The proposal it was merged into, if any.</param>
/// <param name="Cost">Its cost, once admitted to the vote.</param>
/// <param name="AssemblyVote">The homeowners' assembly vote that admitted it, where the assembly decides.</param>
/// <param name="Votes">Its votes, once counted.</param>
/// <param name="Parts">The participants' parts, in the order taken.</param>
/// <param name="Volunteers">Each volunteering, in order (an actor may volunteer more than once).</param>
/// <param name="Payments">The payments, in order.</param>
/// <param name="CompletionEvidence">The evidence of completion, once completed.</param>
[SanctionedCrossing(PlatformCrossing.Reason)]
public sealed record ProposalRecord(
    ProposalId Id,
    ActorId Proposer,
    string Title,
    ProposalStatus Status,
    EquatableArray<DemandId> Demands,
    EquatableArray<ActorId> Supporters,
    ProposalId? MergedInto,
    Money? Cost,
    AssemblyVoteId? AssemblyVote,
    int? Votes,
    EquatableArray<ProjectPart> Parts,
    EquatableArray<ActorId> Volunteers,
    EquatableArray<ProjectPayment> Payments,
    string? CompletionEvidence)
{
    /// <summary>How many distinct actors support it.</summary>
    public int SupportCount => Supporters.Count;

    /// <summary>Its allocation: its cost when chosen, otherwise zero.</summary>
    public Money Allocation => Status is ProposalStatus.Chosen or ProposalStatus.Completed ? Cost ?? Money.Zero : Money.Zero;

    /// <summary>What has been spent on it.</summary>
    public Money Spent => Payments.Aggregate(Money.Zero, (sum, p) => sum + p.Amount);
}

/// <summary>
/// One step of an actor in a process as participation evidence (参与证据), to be recorded in the actor's
/// <see cref="ParticipationProfile"/> for the process's unit.
/// </summary>
/// <param name="Actor">The actor.</param>
/// <param name="Evidence">The evidence: proposing, deliberating, voting and volunteering feed action, supporting feeds willingness, taking a part feeds capability.</param>
[SanctionedCrossing(PlatformCrossing.Reason)]
public sealed record ProcessParticipation(ActorId Actor, ParticipationEvidence Evidence);
