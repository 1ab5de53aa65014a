namespace CommunityGovernance.Communities.Crossings;

/// <summary>What gave the requester of a personal-information access its reach over the living community that holds the information.</summary>
public enum AccessGround
{
    /// <summary>
    /// The requester's jurisdiction: it holds a live governance right over an administrative community covering the living
    /// community; the log names that community.
    /// </summary>
    Jurisdiction = 1,

    /// <summary>
    /// A statutory duty that names a wider scope (a district's public-health duty, say) including a community covering the
    /// living community; the log names that scope.
    /// </summary>
    StatutoryScope = 2,
}
