using CommunityGovernance.Demands;

namespace Wenjiang.Scenario;

/// <summary>A kind of matter residents raise, with the category of the district's taxonomy it falls in.</summary>
/// <param name="Category">The demand category.</param>
/// <param name="Subcategory">The subcategory, in Chinese as residents name it.</param>
/// <param name="Text">What the matter is.</param>
internal sealed record DemandTopic(DemandCategory Category, string Subcategory, string Text)
{
    /// <summary>Matters raised about a living community: answered by its property company or homeowners' committee.</summary>
    public static IReadOnlyList<DemandTopic> Living { get; } =
    [
        new(DemandCategory.PublicService, "电梯故障", "A lift stops between floors several times a week."),
        new(DemandCategory.PublicService, "路灯损坏", "The lamps along the inner road have been dark for a week."),
        new(DemandCategory.OrderlyInteraction, "停车纠纷", "Cars parked in the fire lane block the north gate."),
        new(DemandCategory.OrderlyInteraction, "噪音扰民", "Renovation work goes on after ten at night."),
    ];

    /// <summary>Matters raised about an administrative community: answered by its residents' committee or street office.</summary>
    public static IReadOnlyList<DemandTopic> Administrative { get; } =
    [
        new(DemandCategory.PublicService, "社区食堂", "Older residents ask for a community canteen near the market."),
        new(DemandCategory.PublicBelonging, "邻里活动", "Residents ask for a neighbourhood festival in the square."),
        new(DemandCategory.PublicParticipation, "议事会", "Residents ask how to join the community's deliberation council."),
    ];
}
