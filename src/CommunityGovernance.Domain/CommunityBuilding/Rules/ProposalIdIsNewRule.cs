using CommunityGovernance.Kernel;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>See <see cref="CommunityBuildingRules.ProposalIdIsNew"/>.</summary>
internal sealed class ProposalIdIsNewRule(ProposalId proposal, bool taken) : IDomainRule
{
    public string Name => CommunityBuildingRules.ProposalIdIsNew;

    public string Message => $"The process already has a proposal '{proposal}'.";

    public bool IsBroken() => taken;
}
