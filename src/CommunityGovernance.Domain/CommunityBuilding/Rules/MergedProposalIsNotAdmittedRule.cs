using CommunityGovernance.Kernel;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>See <see cref="CommunityBuildingRules.MergedProposalIsNotAdmitted"/>.</summary>
internal sealed class MergedProposalIsNotAdmittedRule(ProposalId proposal, bool admitted) : IDomainRule
{
    public string Name => CommunityBuildingRules.MergedProposalIsNotAdmitted;

    public string Message => $"Proposal '{proposal}' has been admitted to the vote; it is no longer merged away.";

    public bool IsBroken() => admitted;
}
