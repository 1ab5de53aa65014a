using CommunityGovernance.Boundaries;

namespace CommunityGovernance.Communities.WorkAccess;

/// <summary>The three groups of a district's community work-access list (社区工作事项准入清单).</summary>
[AdministrativeSide]
public enum WorkItemGroup
{
    /// <summary>The residents' committee's duties by law (依法履职事项): set on it without further ado.</summary>
    StatutoryDuty = 1,

    /// <summary>Work it assists the government with (协助政府工作事项): set on it without further ado.</summary>
    AssistedWork = 2,

    /// <summary>The negative list (负面清单): work that may not be pushed onto it at all.</summary>
    NegativeList = 3,
}
