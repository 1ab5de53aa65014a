namespace CommunityGovernance.Demands;

/// <summary>The three perspectives from which DOMAIN.md §3 lists demands.</summary>
public enum DemandPerspective
{
    /// <summary>The state (国家).</summary>
    State = 1,

    /// <summary>The masses (群众).</summary>
    Masses = 2,

    /// <summary>The grassroots (基层): street office and residents' committee.</summary>
    Grassroots = 3,
}
