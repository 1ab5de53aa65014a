using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Hierarchy;

/// <summary>A street's code is a street-level code whose first 6 digits are its district's.</summary>
internal readonly struct StreetLiesInDistrictRule(AreaCode district, AreaCode street) : IDomainRule
{
    public string Name => CommunityRules.StreetLiesInDistrict;

    public string Message => $"Street {street} is not a street-level code under district {district}.";

    public bool IsBroken() => street.Level != AdministrativeLevel.Street || street.Parent != district;
}
