namespace CommunityGovernance.Demands;

/// <summary>Where a demand stands in its lifecycle; see <see cref="DemandLifecycle"/> for the legal moves.</summary>
public enum DemandStatus
{
    /// <summary>Raised (提出) by an actor, not yet taken up.</summary>
    Raised = 1,

    /// <summary>Accepted (受理) by the receiving office.</summary>
    Accepted = 2,

    /// <summary>Routed (派单, 转办) to the actor whose responsibility covers it.</summary>
    Routed = 3,

    /// <summary>Being worked on (办理中) by the assignee.</summary>
    InProgress = 4,

    /// <summary>Responded to (答复) with an answer and reasons, awaiting the raiser's evaluation.</summary>
    Responded = 5,

    /// <summary>Closed (办结) with the raiser's evaluation. Final.</summary>
    Closed = 6,

    /// <summary>Rejected (不予受理, 驳回) with reasons. Final.</summary>
    Rejected = 7,

    /// <summary>Withdrawn (撤回) by the raiser. Final.</summary>
    Withdrawn = 8,

    /// <summary>Verified (已核查) by a grid worker's on-site check or an operator's follow-up call, awaiting closing.</summary>
    Verified = 9,
}
