namespace CommunityGovernance.Demands;

/// <summary>
/// The categories of demand (诉求) named by DOMAIN.md §3, grouped by the perspective that holds them (see
/// <see cref="DemandCategoryFacts.Perspective"/>).
/// </summary>
public enum DemandCategory
{
    /// <summary>Stability and orderly operation of grassroots society (基层社会稳定有序运行); the state's demand.</summary>
    StabilityAndOrder = 1,

    /// <summary>Re-organising society and consolidating grassroots power (社会再组织, 巩固基层政权); the state's demand.</summary>
    Reorganisation = 2,

    /// <summary>Extending public services to meet the demand for a better life (公共服务延伸); the state's demand.</summary>
    PublicService = 3,

    /// <summary>A sense of public belonging (公共归属感); the masses' demand.</summary>
    PublicBelonging = 4,

    /// <summary>Orderly interaction inside society (社会内部有序互动); the masses' demand.</summary>
    OrderlyInteraction = 5,

    /// <summary>Public participation (公共参与); the masses' demand.</summary>
    PublicParticipation = 6,

    /// <summary>Allocation rights over administrative governance resources (行政治理资源调配权); the grassroots' demand.</summary>
    AdministrativeResourceAllocation = 7,

    /// <summary>Rights to activate and allocate social governance resources (社会治理资源激活与调配权); the grassroots' demand.</summary>
    SocialResourceActivation = 8,
}
