using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Hierarchy;

/// <summary>A unit (street or community) is established once.</summary>
internal readonly struct UnitIsEstablishedOnceRule(AreaCode unit, bool exists) : IDomainRule
{
    public string Name => CommunityRules.UnitIsEstablishedOnce;

    public string Message => $"Unit {unit} is already established in this district.";

    public bool IsBroken() => exists;
}
