using CommunityGovernance.Actors;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Grids;

/// <summary>See <see cref="CommunityRules.GridWorkerIsPosted"/>.</summary>
internal sealed class GridWorkerIsPostedRule(ActorId worker, bool posted) : IDomainRule
{
    public string Name => CommunityRules.GridWorkerIsPosted;

    public string Message => $"Actor '{worker}' is posted to no grid of this map.";

    public bool IsBroken() => !posted;
}
