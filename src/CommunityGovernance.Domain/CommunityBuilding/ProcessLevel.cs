using CommunityGovernance.Boundaries;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>The level a community-building process is held at (多层级): three of the living side, two of the administrative side.</summary>
[SanctionedCrossing(PlatformCrossing.Reason)]
public enum ProcessLevel
{
    /// <summary>A building (楼栋) of a living community.</summary>
    Building = 1,

    /// <summary>A courtyard (院落) of a living community.</summary>
    Courtyard = 2,

    /// <summary>A residential compound (小区) of a living community.</summary>
    Compound = 3,

    /// <summary>An administrative community (行政社区), the jurisdiction of a residents' committee.</summary>
    AdministrativeCommunity = 4,

    /// <summary>A street (街道), the jurisdiction of a street office.</summary>
    Street = 5,
}
