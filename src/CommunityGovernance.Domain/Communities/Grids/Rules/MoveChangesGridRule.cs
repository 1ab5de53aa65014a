using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Grids;

/// <summary>See <see cref="CommunityRules.MoveChangesGrid"/>.</summary>
internal sealed class MoveChangesGridRule(GridId from, GridId to) : IDomainRule
{
    public string Name => CommunityRules.MoveChangesGrid;

    public string Message => $"The building already lies in grid '{to}'.";

    public bool IsBroken() => from == to;
}
