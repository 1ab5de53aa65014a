namespace CommunityGovernance.Rights;

/// <summary>
/// A governance tool (治理工具): a means by which a holder of governance rights acts. Each needs certain powers
/// (<see cref="GovernanceToolCatalogue.RequiredPowers"/>); right → tool → technique (治理术) is a linear chain.
/// </summary>
public enum GovernanceTool
{
    /// <summary>Organisation sinking (组织下沉): placing organisation — party branches, grid workers — down into the community.</summary>
    OrganisationSinking = 1,

    /// <summary>Service sinking (服务下沉): bringing public services down to where residents live.</summary>
    ServiceSinking = 2,

    /// <summary>Purchasing services from social organisations (购买社会组织服务), a form of service sinking.</summary>
    PurchasingSocialOrganisationServices = 3,

    /// <summary>Information management (信息管理): collecting, keeping and using governance information.</summary>
    InformationManagement = 4,

    /// <summary>Delegation and empowerment (放权与赋权): passing tasks and resources down to lower levels and other actors.</summary>
    DelegationAndEmpowerment = 5,
}
