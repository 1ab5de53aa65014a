namespace CommunityGovernance.Communities.Crossings;

/// <summary>Where an administrative order stands.</summary>
public enum AdministrativeOrderStatus
{
    /// <summary>Sunk into the living community, not yet answered.</summary>
    Sunk = 1,

    /// <summary>Accepted by the living community's own body.</summary>
    Accepted = 2,

    /// <summary>Declined by the living community's own body.</summary>
    Declined = 3,
}
