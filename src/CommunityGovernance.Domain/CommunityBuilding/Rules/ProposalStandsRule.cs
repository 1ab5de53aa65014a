using CommunityGovernance.Kernel;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>See <see cref="CommunityBuildingRules.ProposalStands"/>.</summary>
internal sealed class ProposalStandsRule(ProposalId proposal, ProposalId? mergedInto) : IDomainRule
{
    public string Name => CommunityBuildingRules.ProposalStands;

    public string Message => $"Proposal '{proposal}' was merged into '{mergedInto}'; act on that one.";

    public bool IsBroken() => mergedInto is not null;
}
