using CommunityGovernance.Kernel;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>See <see cref="CommunityBuildingRules.ProjectIsOpen"/>.</summary>
internal sealed class ProjectIsOpenRule(ProposalId proposal, bool completed) : IDomainRule
{
    public string Name => CommunityBuildingRules.ProjectIsOpen;

    public string Message => $"Project '{proposal}' is completed; nothing more is done on it.";

    public bool IsBroken() => completed;
}
