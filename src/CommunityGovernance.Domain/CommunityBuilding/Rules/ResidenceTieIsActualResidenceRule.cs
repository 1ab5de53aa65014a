using CommunityGovernance.Actors;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>See <see cref="CommunityBuildingRules.ResidenceTieIsActualResidence"/>: one lives where one's actual residence is recorded; the registered residence (户籍) is not read.</summary>
internal sealed class ResidenceTieIsActualResidenceRule(Actor actor, LocalTie tie) : IDomainRule
{
    public string Name => CommunityBuildingRules.ResidenceTieIsActualResidence;

    public string Message => $"{actor.Kind} {actor.Id}: a residence tie is a resident's recorded actual residence, in the same administrative and living community.";

    public bool IsBroken() => tie.Kind == TieKind.Residence && (actor.Resident is not { } resident || resident.ActualResidence.Community != tie.Community || (resident.ActualResidence.LivingCommunity is { } living && living != tie.LivingCommunity));
}
