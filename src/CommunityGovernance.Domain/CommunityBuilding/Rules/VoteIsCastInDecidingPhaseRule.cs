using CommunityGovernance.Kernel;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>See <see cref="CommunityBuildingRules.VoteIsCastInDecidingPhase"/>: no vote outside the deciding phase.</summary>
internal sealed class VoteIsCastInDecidingPhaseRule(CommunityBuildingProcessId process, ProcessPhase phase) : IDomainRule
{
    public string Name => CommunityBuildingRules.VoteIsCastInDecidingPhase;

    public string Message => $"Process '{process}' is in its {phase} phase; budget votes are cast in the Decide phase only.";

    public bool IsBroken() => phase != ProcessPhase.Decide;
}
