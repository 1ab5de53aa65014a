using CommunityGovernance.Actors;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>See <see cref="CommunityBuildingRules.ProposalIsSupportedOnce"/>.</summary>
internal sealed class ProposalIsSupportedOnceRule(ProposalId proposal, ActorId supporter, bool supports) : IDomainRule
{
    public string Name => CommunityBuildingRules.ProposalIsSupportedOnce;

    public string Message => $"Actor '{supporter}' already supports proposal '{proposal}'.";

    public bool IsBroken() => supports;
}
