using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Testing.Rights;

/// <summary>
/// A small administrative hierarchy for property tests of governance rights: one city, its districts, their
/// streets and communities, and some living communities beside them.
/// </summary>
/// <param name="City">The city all districts lie in.</param>
/// <param name="Districts">The districts (区/县).</param>
/// <param name="Streets">The streets (街道/乡镇), each within one of the districts.</param>
/// <param name="Communities">The administrative communities (社区/村), each within one of the streets.</param>
/// <param name="LivingCommunities">The living communities (生活共同体社区).</param>
public sealed record RightsHierarchy(
    AreaCode City,
    EquatableArray<AreaCode> Districts,
    EquatableArray<AreaCode> Streets,
    EquatableArray<AreaCode> Communities,
    EquatableArray<LivingCommunityId> LivingCommunities)
{
    /// <summary>Every administrative unit at district level and below, districts first.</summary>
    public IEnumerable<AreaCode> GovernedUnits => Districts.Concat(Streets).Concat(Communities);

    /// <summary>
    /// Every unit a check may be asked about: the province and city above the districts (where no right is held),
    /// every governed unit, and every living community.
    /// </summary>
    public IEnumerable<CommunityUnit> AllUnits =>
        new[] { City.Parent, City }.Concat(GovernedUnits).Select(CommunityUnit.Administrative)
            .Concat(LivingCommunities.Select(CommunityUnit.Living));
}
