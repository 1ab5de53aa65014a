using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Coverage;

/// <summary>See <see cref="CommunityRules.JurisdictionIsEstablished"/>.</summary>
internal sealed class JurisdictionIsEstablishedRule(AdministrativeCommunityId jurisdiction, District district) : IDomainRule
{
    public string Name => CommunityRules.JurisdictionIsEstablished;

    public string Message => jurisdiction.AreaCode.IsWithin(district.Code)
        ? $"District {district.Code} ({district.Name}) has not established administrative community {jurisdiction}."
        : $"Administrative community {jurisdiction} does not lie in district {district.Code} ({district.Name}); pass the district it lies in.";

    public bool IsBroken() => !district.Contains(jurisdiction);
}
