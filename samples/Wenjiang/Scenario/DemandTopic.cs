using CommunityGovernance.Demands;
using CommunityGovernance.Demands.Catalogue;

namespace Wenjiang.Scenario;

/// <summary>A kind of matter residents raise, as the district's service catalogue (<see cref="Catalogue"/>) names it.</summary>
/// <param name="Service">The catalogue's service code; the service gives the category and the subcategory.</param>
/// <param name="Text">What the matter is.</param>
internal sealed record DemandTopic(ServiceCode Service, string Text)
{
    /// <summary>Matters raised about a living community: answered by its property company or homeowners' committee.</summary>
    public static IReadOnlyList<DemandTopic> Living { get; } =
    [
        new(new ServiceCode("3001"), "A lift stops between floors several times a week."),                 // 电梯故障
        new(new ServiceCode("2001"), "The lamps along the inner road have been dark for a week."),         // 路灯损坏
        new(new ServiceCode("WJ-3101"), "Cars parked in the fire lane block the north gate."),             // 停车纠纷
        new(new ServiceCode("1001"), "Renovation work goes on after ten at night."),                       // 噪音扰民
    ];

    /// <summary>Matters raised about an administrative community: answered by its residents' committee or street office.</summary>
    public static IReadOnlyList<DemandTopic> Administrative { get; } =
    [
        new(new ServiceCode("WJ-5101"), "Older residents ask for a community canteen near the market."),  // 社区食堂
        new(new ServiceCode("WJ-5102"), "Residents ask for a neighbourhood festival in the square."),      // 邻里活动
        new(new ServiceCode("WJ-5103"), "Residents ask how to join the community's deliberation council."), // 议事会
    ];

    /// <summary>
    /// The district's catalogue: the library's example (the 12345 desk's common cases) with the district's own services
    /// added, as a vendor extends it.
    /// </summary>
    public static ServiceCatalogue Catalogue { get; } = ServiceCatalogue.Example
        .With(new ServiceDefinition(new ServiceCode("WJ-3101"), "停车纠纷", "物业管理", DemandCategory.OrderlyInteraction, ["停车", "消防通道"]))
        .With(new ServiceDefinition(new ServiceCode("WJ-5101"), "社区食堂", "社区事务", DemandCategory.PublicService, ["食堂", "助餐"]))
        .With(new ServiceDefinition(new ServiceCode("WJ-5102"), "邻里活动", "社区事务", DemandCategory.PublicBelonging, ["邻里", "活动"]))
        .With(new ServiceDefinition(new ServiceCode("WJ-5103"), "议事会", "社区事务", DemandCategory.PublicParticipation, ["议事", "协商"]));

    /// <summary>The service, from <see cref="Catalogue"/>.</summary>
    public ServiceDefinition Definition => Catalogue[Service];
}
