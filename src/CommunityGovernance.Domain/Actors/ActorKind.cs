namespace CommunityGovernance.Actors;

/// <summary>
/// The kinds of actor (多元主体) that take part in urban community governance. Each kind has one
/// <see cref="Sector"/> and one <see cref="ActorSide"/>, given by <see cref="ActorKindFacts"/>.
/// </summary>
public enum ActorKind
{
    /// <summary>Party committee and government (党委政府); state sector, administrative side.</summary>
    PartyCommitteeAndGovernment = 1,

    /// <summary>District community-governance committee (社治委, e.g. 温江社治委); state sector, administrative side.</summary>
    DistrictGovernanceCommittee = 2,

    /// <summary>Vertical functional department (条, 职能部门); state sector, administrative side.</summary>
    VerticalDepartment = 3,

    /// <summary>Street office (街道办事处), the territorial block (块); state sector, administrative side.</summary>
    StreetOffice = 4,

    /// <summary>
    /// Residents' committee (居委会, 社区居委会): a self-governance body that also carries administrative work;
    /// society sector, the bridge between the two sides.
    /// </summary>
    ResidentsCommittee = 5,

    /// <summary>Property management company (物业公司); market sector (企), living side.</summary>
    PropertyCompany = 6,

    /// <summary>Homeowners' committee (业委会); society sector (社), living side.</summary>
    HomeownersCommittee = 7,

    /// <summary>Social organisation (社会组织); society sector, living side.</summary>
    SocialOrganisation = 8,

    /// <summary>Industry association (行业协会); society sector, living side.</summary>
    IndustryAssociation = 9,

    /// <summary>Self-organisation (自组织), such as a volunteer team or an interest group; society sector, living side.</summary>
    SelfOrganisation = 10,

    /// <summary>Resident (居民), including the floating population (流动人口); the masses (群众), living side.</summary>
    Resident = 11,
}
