using CommunityGovernance.Actors;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Grids;

/// <summary>See <see cref="CommunityRules.GridWorkerIsPostedOnce"/>.</summary>
internal sealed class GridWorkerIsPostedOnceRule(ActorId worker, bool posted) : IDomainRule
{
    public string Name => CommunityRules.GridWorkerIsPostedOnce;

    public string Message => $"Grid worker '{worker}' is already posted to a grid of this map; repost them instead.";

    public bool IsBroken() => posted;
}
