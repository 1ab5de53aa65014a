using CommunityGovernance.Actors;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Rights;

/// <summary>
/// Whether an arrangement is co-constructed and co-shared (共建共享): under it every participating actor holds
/// some governance right over the community. The report names those that hold none.
/// </summary>
/// <param name="WithRights">The participants that hold at least one power over the community, ordered by id.</param>
/// <param name="WithoutRights">The participants that hold no right at all over the community, ordered by id.</param>
public sealed record CoSharingReport(EquatableArray<ActorId> WithRights, EquatableArray<ActorId> WithoutRights)
{
    /// <summary>Whether every participant holds some right.</summary>
    public bool IsCoShared => WithoutRights.Count == 0;
}
