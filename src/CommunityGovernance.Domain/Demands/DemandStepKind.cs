namespace CommunityGovernance.Demands;

/// <summary>The steps a demand's lifecycle is made of; each is recorded with actor, instant and note.</summary>
public enum DemandStepKind
{
    /// <summary>The raiser raises the demand; leads to <see cref="DemandStatus.Raised"/>.</summary>
    Raise = 1,

    /// <summary>The receiving office accepts it; leads to <see cref="DemandStatus.Accepted"/>.</summary>
    Accept = 2,

    /// <summary>It is routed, or routed on, to a responsible actor; leads to <see cref="DemandStatus.Routed"/>. Routing on counts as buck-passing (推诿).</summary>
    Route = 3,

    /// <summary>The assignee starts work; leads to <see cref="DemandStatus.InProgress"/>.</summary>
    StartWork = 4,

    /// <summary>The assignee answers with reasons; leads to <see cref="DemandStatus.Responded"/>.</summary>
    Respond = 5,

    /// <summary>The response is sent back for rework (返工); leads to <see cref="DemandStatus.InProgress"/> and counts as rework.</summary>
    ReturnForRework = 6,

    /// <summary>The raiser evaluates the response and closes the demand; leads to <see cref="DemandStatus.Closed"/>.</summary>
    Close = 7,

    /// <summary>It is rejected with reasons; leads to <see cref="DemandStatus.Rejected"/>.</summary>
    Reject = 8,

    /// <summary>The raiser withdraws it; leads to <see cref="DemandStatus.Withdrawn"/>.</summary>
    Withdraw = 9,

    /// <summary>Someone other than the raiser and the assignee verifies the result and finds it resolved (核查, 回访); leads to <see cref="DemandStatus.Verified"/>.</summary>
    Verify = 10,

    /// <summary>A verification finds the matter unresolved; leads back to <see cref="DemandStatus.InProgress"/> and counts as rework (返工).</summary>
    FailVerification = 11,

    /// <summary>The desk closes a verified demand without the raiser's own evaluation (办结); leads to <see cref="DemandStatus.Closed"/>.</summary>
    Conclude = 12,

    /// <summary>An overdue stage is escalated to the supervising level (督办); the status stays as it was.</summary>
    Escalate = 13,
}
