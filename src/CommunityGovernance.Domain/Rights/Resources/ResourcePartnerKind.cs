namespace CommunityGovernance.Rights;

/// <summary>Who a resource integration (资源整合) was concluded with.</summary>
public enum ResourcePartnerKind
{
    /// <summary>An enterprise (企业), for example a property company or a local business.</summary>
    Enterprise = 1,

    /// <summary>A social organisation (社会组织), an industry association or a foundation.</summary>
    SocialOrganisation = 2,
}
