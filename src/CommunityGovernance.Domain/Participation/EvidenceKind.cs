namespace CommunityGovernance.Participation;

/// <summary>
/// The kinds of recorded evidence a participation profile is derived from. Each feeds one
/// <see cref="ParticipationDimension"/> (see <see cref="ParticipationScoring"/>).
/// </summary>
public enum EvidenceKind
{
    /// <summary>A stated willingness (意愿表达), e.g. in a survey or a household visit, on a 0–4 scale; feeds willingness.</summary>
    StatedWillingness = 1,

    /// <summary>Attended a meeting (参加议事会, 居民会议); feeds action.</summary>
    MeetingAttended = 2,

    /// <summary>Cast a vote (投票表决); feeds action.</summary>
    VoteCast = 3,

    /// <summary>Volunteered (志愿服务); feeds action.</summary>
    Volunteered = 4,

    /// <summary>Made a proposal (提出议题, 建议); feeds action.</summary>
    ProposalMade = 5,

    /// <summary>Completed training (参加培训); feeds capability.</summary>
    TrainingCompleted = 6,

    /// <summary>Held a role before (曾任职务), e.g. building head (楼栋长) or committee member; feeds capability.</summary>
    RoleHeld = 7,
}
