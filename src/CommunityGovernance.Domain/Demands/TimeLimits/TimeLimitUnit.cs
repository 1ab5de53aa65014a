namespace CommunityGovernance.Demands;

/// <summary>What a stage's time limit is counted in, on a <see cref="WorkingCalendar"/>.</summary>
public enum TimeLimitUnit
{
    /// <summary>Working days (工作日): due at the close of the n-th working day after the start's day.</summary>
    WorkingDays = 1,

    /// <summary>Working hours (工作小时): due once n working hours have passed.</summary>
    WorkingHours = 2,
}
