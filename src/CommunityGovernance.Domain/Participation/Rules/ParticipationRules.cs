namespace CommunityGovernance.Participation;

/// <summary>The stable names of the rules the <see cref="ParticipationProfile"/> aggregate enforces.</summary>
public static class ParticipationRules
{
    /// <summary>Evidence has a well-formed reference, a known kind, a community, and a willingness level exactly when it is a stated willingness.</summary>
    public const string EvidenceIsWellFormed = "ParticipationEvidenceIsWellFormed";

    /// <summary>A <see cref="ParticipationDimension"/> is one of the three listed.</summary>
    public const string DimensionIsKnown = "ParticipationDimensionIsKnown";

    /// <summary>Evidence recorded on a profile comes from the profile's community.</summary>
    public const string EvidenceFromProfileCommunity = "ParticipationEvidenceFromProfileCommunity";

    /// <summary>A reference is recorded at most once on a profile.</summary>
    public const string EvidenceIsNotDuplicated = "ParticipationEvidenceIsNotDuplicated";

    /// <summary>Only evidence that is recorded can be retracted.</summary>
    public const string EvidenceToRetractIsRecorded = "ParticipationEvidenceToRetractIsRecorded";
}
