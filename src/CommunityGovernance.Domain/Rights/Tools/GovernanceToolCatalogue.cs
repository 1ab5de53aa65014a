using CommunityGovernance.Kernel;

namespace CommunityGovernance.Rights;

/// <summary>The catalogue of governance tools (治理工具) and the powers each requires of the actor that uses it.</summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>tool</term><description>requires</description></listheader>
/// <item><term>organisation sinking (组织下沉)</term><description>task setting and time scheduling: the sunk organisation is given its tasks and its hours</description></item>
/// <item><term>service sinking (服务下沉)</term><description>resource allocation and time scheduling: services cost resources and run on a schedule</description></item>
/// <item><term>purchasing social organisations' services (购买社会组织服务)</term><description>resource allocation and inspection and assessment: one pays, then checks what was delivered</description></item>
/// <item><term>information management (信息管理)</term><description>inspection and assessment</description></item>
/// <item><term>delegation and empowerment (放权与赋权)</term><description>resource allocation and task setting: what is passed down is tasks and the resources for them</description></item>
/// </list>
/// </remarks>
public static class GovernanceToolCatalogue
{
    /// <summary>Every tool of the catalogue.</summary>
    public static IReadOnlyList<GovernanceTool> All { get; } =
    [
        GovernanceTool.OrganisationSinking,
        GovernanceTool.ServiceSinking,
        GovernanceTool.PurchasingSocialOrganisationServices,
        GovernanceTool.InformationManagement,
        GovernanceTool.DelegationAndEmpowerment,
    ];

    /// <summary>The powers an actor must hold over a unit to use <paramref name="tool"/> there.</summary>
    /// <param name="tool">The tool.</param>
    /// <returns>The powers.</returns>
    /// <exception cref="DomainRuleViolationException">The tool is not in the catalogue.</exception>
    public static GovernancePowers RequiredPowers(GovernanceTool tool) => tool switch
    {
        GovernanceTool.OrganisationSinking => GovernancePowers.Of(GovernancePower.TaskSetting, GovernancePower.TimeScheduling),
        GovernanceTool.ServiceSinking => GovernancePowers.Of(GovernancePower.ResourceAllocation, GovernancePower.TimeScheduling),
        GovernanceTool.PurchasingSocialOrganisationServices => GovernancePowers.Of(GovernancePower.ResourceAllocation, GovernancePower.InspectionAndAssessment),
        GovernanceTool.InformationManagement => GovernancePowers.Of(GovernancePower.InspectionAndAssessment),
        GovernanceTool.DelegationAndEmpowerment => GovernancePowers.Of(GovernancePower.ResourceAllocation, GovernancePower.TaskSetting),
        _ => throw new DomainRuleViolationException(GovernanceRightRules.GovernanceToolIsKnown, $"'{(int)tool}' is not a governance tool of the catalogue."),
    };
}
