using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Homeowners;

/// <summary>See <see cref="CommunityRules.ExclusiveUnitHasFloorArea"/>.</summary>
internal sealed class ExclusiveUnitHasFloorAreaRule(ExclusiveUnitId unit, FloorArea area) : IDomainRule
{
    public string Name => CommunityRules.ExclusiveUnitHasFloorArea;

    public string Message => $"The exclusive unit '{unit}' needs a floor area of more than zero.";

    public bool IsBroken() => area <= FloorArea.Zero;
}
