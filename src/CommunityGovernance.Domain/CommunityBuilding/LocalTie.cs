using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>
/// Where an actor lives or works, as far as a community-building process needs to know: the administrative
/// community of the address and, on the living side, the living community and building. It is what makes an actor
/// eligible — never the household registration (户籍).
/// </summary>
/// <remarks>
/// A residence tie must agree with the resident's recorded actual residence (<see cref="Actors.Residence"/>); the
/// building is the one fact the residence does not hold. Two ties are equal when every member is.
/// </remarks>
[SanctionedCrossing(PlatformCrossing.Reason)]
public sealed record LocalTie
{
    /// <summary>Records a tie.</summary>
    /// <param name="kind">Whether the actor lives or works there.</param>
    /// <param name="community">The administrative community of the address.</param>
    /// <param name="livingCommunity">The living community of the address, when it lies in one.</param>
    /// <param name="building">The building, when known.</param>
    /// <exception cref="DomainRuleViolationException">The kind is unknown, the community missing, or a building is given without a living community (<see cref="CommunityBuildingRules.LocalTieIsWellFormed"/>).</exception>
    public LocalTie(TieKind kind, AdministrativeCommunityId community, LivingCommunityId? livingCommunity = null, BuildingId? building = null)
    {
        if (kind is not (TieKind.Residence or TieKind.Workplace) || community.AreaCode.Level != AdministrativeLevel.Community
            || livingCommunity is { Value.Length: 0 } || building is { IsEmpty: true } || (building is not null && livingCommunity is null))
        {
            throw new DomainRuleViolationException(
                CommunityBuildingRules.LocalTieIsWellFormed,
                "A tie says whether one lives or works there, names the administrative community, and names a building only within a living community.");
        }

        (Kind, Community, LivingCommunity, Building) = (kind, community, livingCommunity, building);
    }

    /// <summary>Whether the actor lives or works there.</summary>
    public TieKind Kind { get; }

    /// <summary>The administrative community of the address.</summary>
    public AdministrativeCommunityId Community { get; }

    /// <summary>The living community of the address, when it lies in one.</summary>
    public LivingCommunityId? LivingCommunity { get; }

    /// <summary>The building, when known.</summary>
    public BuildingId? Building { get; }

    /// <summary>Whether the address lies in a process's scope.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="buildings">For a living level, the buildings that lie in the scope.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    internal bool LiesIn(ProcessScope scope, IReadOnlyCollection<BuildingId> buildings) => scope.Level switch
    {
        ProcessLevel.Street => Community.AreaCode.Parent == scope.Unit.AreaCode,
        ProcessLevel.AdministrativeCommunity => Community.AreaCode == scope.Unit.AreaCode,
        _ => LivingCommunity is { } living && living == scope.Unit.LivingCommunityId && Building is { } building && buildings.Contains(building),
    };
}
