using CommunityGovernance.Kernel;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>See <see cref="CommunityBuildingRules.ProposalIsKnown"/>.</summary>
internal sealed class ProposalIsKnownRule(ProposalId proposal, bool known) : IDomainRule
{
    public string Name => CommunityBuildingRules.ProposalIsKnown;

    public string Message => $"The process has no proposal '{proposal}'.";

    public bool IsBroken() => !known;
}
