using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Grids;

/// <summary>See <see cref="CommunityRules.RepostChangesGrid"/>.</summary>
internal sealed class RepostChangesGridRule(GridId from, GridId to) : IDomainRule
{
    public string Name => CommunityRules.RepostChangesGrid;

    public string Message => $"The grid worker already works grid '{to}'.";

    public bool IsBroken() => from == to;
}
