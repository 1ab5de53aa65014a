using CommunityGovernance.Boundaries;

namespace CommunityGovernance.Communities.WorkAccess;

/// <summary>Where a task set on a residents' committee stands.</summary>
[AdministrativeSide]
public enum CommunityTaskStatus
{
    /// <summary>Set, not yet answered.</summary>
    Set = 1,

    /// <summary>Taken on by the residents' committee.</summary>
    Accepted = 2,

    /// <summary>Declined by the residents' committee (unlisted work only).</summary>
    Declined = 3,
}
