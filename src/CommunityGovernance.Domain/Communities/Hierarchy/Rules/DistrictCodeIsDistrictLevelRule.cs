using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Hierarchy;

/// <summary>A district is named by a district-level area code.</summary>
internal readonly struct DistrictCodeIsDistrictLevelRule(AreaCode code) : IDomainRule
{
    public string Name => CommunityRules.DistrictCodeIsDistrictLevel;

    public string Message => $"A district is identified by a district-level area code, not a {code.Level} code.";

    public bool IsBroken() => code.Level != AdministrativeLevel.District;
}
