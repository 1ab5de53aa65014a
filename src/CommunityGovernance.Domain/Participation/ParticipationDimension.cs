namespace CommunityGovernance.Participation;

/// <summary>The three dimensions of public participation (公共参与); a complete participation experience needs all three.</summary>
public enum ParticipationDimension
{
    /// <summary>Willingness to participate (参与意愿).</summary>
    Willingness = 1,

    /// <summary>Participation in action (参与行动).</summary>
    Action = 2,

    /// <summary>Capability to participate (参与能力).</summary>
    Capability = 3,
}
