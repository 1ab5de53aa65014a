using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Hierarchy;

/// <summary>An administrative community belongs to a street already established in the district.</summary>
internal readonly struct CommunityStreetIsEstablishedRule(AdministrativeCommunityId community, bool streetExists) : IDomainRule
{
    public string Name => CommunityRules.CommunityStreetIsEstablished;

    public string Message => $"Community {community}'s street {community.StreetCode} is not established in this district.";

    public bool IsBroken() => !streetExists;
}
