using CommunityGovernance.Communities.Living;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Coverage;

/// <summary>See <see cref="CommunityRules.BuildingBelongsToLivingCommunity"/>.</summary>
internal sealed class BuildingBelongsToLivingCommunityRule(BuildingId building, LivingCommunity livingCommunity) : IDomainRule
{
    public string Name => CommunityRules.BuildingBelongsToLivingCommunity;

    public string Message => $"Living community '{livingCommunity.Id}' has no building '{building}'; add the building to it before placing it in a jurisdiction.";

    public bool IsBroken() => !livingCommunity.HasBuilding(building);
}
