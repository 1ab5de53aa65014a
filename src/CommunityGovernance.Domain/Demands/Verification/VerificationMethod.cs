namespace CommunityGovernance.Demands;

/// <summary>How a demand's result was verified by someone other than the raiser and the assignee.</summary>
public enum VerificationMethod
{
    /// <summary>A grid worker's or inspector's on-site check (现场核查).</summary>
    OnSiteCheck = 1,

    /// <summary>An operator's follow-up call to the raiser (电话回访).</summary>
    FollowUpCall = 2,

    /// <summary>A review of the evidence the assignee submitted (材料核查).</summary>
    DocumentReview = 3,
}
