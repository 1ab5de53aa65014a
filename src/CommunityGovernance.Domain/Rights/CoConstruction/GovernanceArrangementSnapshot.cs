using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Rights;

/// <summary>An immutable picture of a <see cref="GovernanceArrangement"/>, with value equality.</summary>
/// <param name="Id">The arrangement's id.</param>
/// <param name="Community">The community it governs.</param>
/// <param name="Participants">The participants, ordered by id.</param>
/// <param name="ToolUses">Every use of a tool, in the order used.</param>
public sealed record GovernanceArrangementSnapshot(
    GovernanceArrangementId Id,
    CommunityUnit Community,
    EquatableArray<ActorId> Participants,
    EquatableArray<ToolUse> ToolUses);
