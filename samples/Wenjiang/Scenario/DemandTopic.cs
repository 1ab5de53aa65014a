using CommunityGovernance.Demands.Catalogue;

namespace Wenjiang.Scenario;

/// <summary>A kind of matter residents raise, as the example service catalogue (the 12345 desk's list) names it.</summary>
/// <param name="Service">The catalogue's service code; the service gives the category and the subcategory.</param>
/// <param name="Text">What the matter is.</param>
internal sealed record DemandTopic(ServiceCode Service, string Text)
{
    /// <summary>Matters raised about a living community: answered by its property company or homeowners' committee.</summary>
    public static IReadOnlyList<DemandTopic> Living { get; } =
    [
        new(new ServiceCode("3001"), "A lift stops between floors several times a week."),                 // 电梯故障
        new(new ServiceCode("2001"), "The lamps along the inner road have been dark for a week."),         // 路灯损坏
        new(new ServiceCode("3003"), "Cars parked in the fire lane block the north gate."),                // 邻里纠纷
        new(new ServiceCode("1001"), "Renovation work goes on after ten at night."),                       // 噪音扰民
    ];

    /// <summary>Matters raised about an administrative community: answered by its residents' committee or street office.</summary>
    public static IReadOnlyList<DemandTopic> Administrative { get; } =
    [
        new(new ServiceCode("5003"), "Older residents ask for a community canteen near the market."),     // 养老托育服务
        new(new ServiceCode("5001"), "Residents ask for a neighbourhood festival in the square."),         // 社区活动
        new(new ServiceCode("5002"), "Residents ask how to join the community's deliberation council."),  // 议事协商
    ];

    /// <summary>The service, from the example catalogue.</summary>
    public ServiceDefinition Definition => ServiceCatalogue.Example[Service];
}
