using CommunityGovernance.Kernel;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>See <see cref="CommunityBuildingRules.ProposalIsAdmittedOnce"/>.</summary>
internal sealed class ProposalIsAdmittedOnceRule(ProposalId proposal, bool admitted) : IDomainRule
{
    public string Name => CommunityBuildingRules.ProposalIsAdmittedOnce;

    public string Message => $"Proposal '{proposal}' has already been admitted to the vote.";

    public bool IsBroken() => admitted;
}
