using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Hierarchy;

/// <summary>A district is named by a district-level area code.</summary>
internal readonly struct DistrictCodeIsDistrictLevel(AreaCode code) : IDomainRule
{
    public string Name => District.DistrictLevelRule;

    public string Message => $"A district is identified by a district-level area code, not a {code.Level} code.";

    public bool IsBroken() => code.Level != AdministrativeLevel.District;
}

/// <summary>A street's code is a street-level code whose first 6 digits are its district's.</summary>
internal readonly struct StreetLiesInDistrict(AreaCode district, AreaCode street) : IDomainRule
{
    public string Name => District.StreetLiesInDistrictRule;

    public string Message => $"Street {street} is not a street-level code under district {district}.";

    public bool IsBroken() => street.Level != AdministrativeLevel.Street || street.Parent != district;
}

/// <summary>A unit (street or community) is established once.</summary>
internal readonly struct UnitIsEstablishedOnce(AreaCode unit, bool exists) : IDomainRule
{
    public string Name => District.UnitIsEstablishedOnceRule;

    public string Message => $"Unit {unit} is already established in this district.";

    public bool IsBroken() => exists;
}

/// <summary>An administrative community belongs to a street already established in the district.</summary>
internal readonly struct CommunityStreetIsEstablished(AdministrativeCommunityId community, bool streetExists) : IDomainRule
{
    public string Name => District.CommunityStreetIsEstablishedRule;

    public string Message => $"Community {community}'s street {community.StreetCode} is not established in this district.";

    public bool IsBroken() => !streetExists;
}
