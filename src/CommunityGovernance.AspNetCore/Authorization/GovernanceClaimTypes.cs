namespace CommunityGovernance.AspNetCore.Authorization;

/// <summary>The claim types the integration reads.</summary>
public static class GovernanceClaimTypes
{
    /// <summary>
    /// The default claim carrying the user's actor id (<c>urn:community-governance:actor</c>); change it with
    /// <see cref="CommunityGovernanceOptions.ActorClaimType"/>.
    /// </summary>
    public const string Actor = "urn:community-governance:actor";
}
