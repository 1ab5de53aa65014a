namespace CommunityGovernance.Rights;

/// <summary>A kind of governance resource that a right may allocate (资源调配) and that integration brings in.</summary>
public enum ResourceKind
{
    /// <summary>Funds (资金), counted in yuan.</summary>
    Funds = 1,

    /// <summary>Venues (场地), counted in square metres of usable space.</summary>
    Venues = 2,

    /// <summary>Services (服务), counted in service hours.</summary>
    Services = 3,

    /// <summary>Volunteers (志愿者), counted in volunteer hours.</summary>
    Volunteers = 4,
}
