using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Grids;

/// <summary>See <see cref="CommunityRules.GridIsDrawn"/>.</summary>
internal sealed class GridIsDrawnRule(GridId grid, bool drawn) : IDomainRule
{
    public string Name => CommunityRules.GridIsDrawn;

    public string Message => $"The map has no grid '{grid}'; draw it first.";

    public bool IsBroken() => !drawn;
}
