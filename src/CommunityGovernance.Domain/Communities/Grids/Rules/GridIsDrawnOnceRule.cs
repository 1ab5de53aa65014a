using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Grids;

/// <summary>See <see cref="CommunityRules.GridIsDrawnOnce"/>.</summary>
internal sealed class GridIsDrawnOnceRule(GridId grid, bool drawn) : IDomainRule
{
    public string Name => CommunityRules.GridIsDrawnOnce;

    public string Message => $"The map already has grid '{grid}'.";

    public bool IsBroken() => drawn;
}
