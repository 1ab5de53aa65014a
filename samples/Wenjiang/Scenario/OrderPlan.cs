using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Crossings;
using CommunityGovernance.Rights;
using NodaTime;

namespace Wenjiang.Scenario;

/// <summary>How the living side answers an order in the scenario.</summary>
internal enum OrderAnswer
{
    /// <summary>The homeowners' committee accepts the order.</summary>
    Accepted = 1,

    /// <summary>The homeowners' committee declines the order, with its reason.</summary>
    Declined = 2,

    /// <summary>Nobody has answered yet.</summary>
    Unanswered = 3,
}

/// <summary>An administrative order (行政指令) that a street office sinks into a living community through a residents' committee.</summary>
/// <param name="Id">The order's id.</param>
/// <param name="Jurisdiction">The administrative community whose residents' committee carries it.</param>
/// <param name="Target">The living community it sinks into.</param>
/// <param name="Power">The governance power it exercises.</param>
/// <param name="Task">What is asked.</param>
/// <param name="DueOn">The day it is due.</param>
/// <param name="SunkAt">When it is sunk.</param>
/// <param name="Answer">How the living side answers it.</param>
/// <param name="DeclineReason">Why it is declined, when it is.</param>
internal sealed record OrderPlan(
    CrossingId Id,
    AdministrativeCommunityId Jurisdiction,
    LivingCommunityId Target,
    GovernancePower Power,
    string Task,
    LocalDate DueOn,
    Instant SunkAt,
    OrderAnswer Answer,
    string? DeclineReason = null)
{
    /// <summary>The three orders of the scenario.</summary>
    public static IReadOnlyList<OrderPlan> All { get; } =
    [
        new(
            new CrossingId("ORD-2026-0001"),
            CoverageStep.Heping,
            new LivingCommunityId("GUANGHUA-YIJIA"),
            GovernancePower.TaskSetting,
            "消防通道排查 Clear and inspect the fire escapes of every building before the flood season",
            new LocalDate(2026, 4, 15),
            Timeline.At(2026, 3, 10, 10),
            OrderAnswer.Accepted),
        new(
            new CrossingId("ORD-2026-0002"),
            AdministrativeCommunityId.Parse("510115005001"),
            new LivingCommunityId("JINMA-HUAFU"),
            GovernancePower.InspectionAndAssessment,
            "环境卫生月度评分 Score the compound's sanitation every month for the street's assessment",
            new LocalDate(2026, 4, 30),
            Timeline.At(2026, 3, 12, 10),
            OrderAnswer.Declined,
            "Sanitation is scored under the property service contract; the homeowners' assembly has not agreed to a second scoring."),
        new(
            new CrossingId("ORD-2026-0003"),
            AdministrativeCommunityId.Parse("510115004024"),
            new LivingCommunityId("XUEFU-YAYUAN"),
            GovernancePower.TimeScheduling,
            "老旧电梯更新排期 Agree a schedule for replacing the old lifts",
            new LocalDate(2026, 4, 20),
            Timeline.At(2026, 3, 20, 10),
            OrderAnswer.Unanswered),
    ];
}
