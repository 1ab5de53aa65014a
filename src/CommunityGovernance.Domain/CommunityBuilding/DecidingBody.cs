using CommunityGovernance.Boundaries;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>The deliberative body that decides which proposals of a process go ahead to the budget vote.</summary>
[SanctionedCrossing(PlatformCrossing.Reason)]
public enum DecidingBody
{
    /// <summary>A residents' council (居民议事会, 院落议事会): the usual body of community building, at any level.</summary>
    ResidentsCouncil = 1,

    /// <summary>
    /// The homeowners' assembly (业主大会), where the matter is the owners' (their common parts, maintenance funds): each
    /// admission is backed by an adopted <see cref="Communities.Homeowners.AssemblyVote"/>. Only at a level of the living side.
    /// </summary>
    HomeownersAssembly = 2,
}
