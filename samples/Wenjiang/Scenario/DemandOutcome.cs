namespace Wenjiang.Scenario;

/// <summary>How a demand of the scenario runs through its lifecycle (as far as the report's instant allows).</summary>
internal enum DemandOutcome
{
    /// <summary>Routed, answered within its deadline, closed satisfied.</summary>
    Satisfied = 1,

    /// <summary>Routed, answered, closed dissatisfied.</summary>
    Dissatisfied = 2,

    /// <summary>Answered, sent back for rework (返工), answered again, closed satisfied.</summary>
    Reworked = 3,

    /// <summary>Routed on from one assignee to another and back (推诿), answered late.</summary>
    BuckPassed = 4,

    /// <summary>Routed and worked on, but never answered.</summary>
    Stalled = 5,

    /// <summary>Rejected with reasons by the receiving committee.</summary>
    Rejected = 6,

    /// <summary>Withdrawn by the raiser before any answer.</summary>
    Withdrawn = 7,
}
