namespace CommunityGovernance.Demands;

/// <summary>How urgent a demand is (紧急程度), as the intake desk judged it.</summary>
public enum DemandUrgency
{
    /// <summary>Ordinary (一般).</summary>
    Routine = 1,

    /// <summary>Urgent (紧急): to be handled ahead of routine cases.</summary>
    Urgent = 2,

    /// <summary>An emergency (特急): a danger to life or property; handled at once.</summary>
    Emergency = 3,
}
