namespace CommunityGovernance.Rights;

/// <summary>
/// One of the four powers that make up a governance right (治理权): the power of an organisation at some level,
/// in managing public affairs, over resources, tasks, time and inspection.
/// </summary>
public enum GovernancePower
{
    /// <summary>Resource allocation (资源调配): deciding where people, money and facilities go.</summary>
    ResourceAllocation = 1,

    /// <summary>Task setting (任务设定): deciding what must be done, by whom.</summary>
    TaskSetting = 2,

    /// <summary>Time scheduling (时间安排): deciding when things are done and by which deadline.</summary>
    TimeScheduling = 3,

    /// <summary>Inspection and assessment (检查考核): checking and grading how the work was done.</summary>
    InspectionAndAssessment = 4,
}
