using CommunityGovernance.Rights;
using Microsoft.AspNetCore.Authorization;

namespace CommunityGovernance.AspNetCore.Authorization;

/// <summary>
/// The authorization policies <see cref="CommunityGovernanceServiceCollectionExtensions.AddCommunityGovernance"/>
/// registers, one per governance power: use them in <c>[Authorize(Policy = GovernancePolicies.TaskSetting)]</c>,
/// <c>RequireAuthorization(GovernancePolicies.TaskSetting)</c> or <c>AuthorizeAsync(user, unit, GovernancePolicies.TaskSetting)</c>.
/// </summary>
public static class GovernancePolicies
{
    /// <summary>Holds resource allocation (资源调配) over the unit.</summary>
    public const string ResourceAllocation = "CommunityGovernance.ResourceAllocation";

    /// <summary>Holds task setting (任务设定) over the unit.</summary>
    public const string TaskSetting = "CommunityGovernance.TaskSetting";

    /// <summary>Holds time scheduling (时间安排) over the unit.</summary>
    public const string TimeScheduling = "CommunityGovernance.TimeScheduling";

    /// <summary>Holds inspection and assessment (检查考核) over the unit.</summary>
    public const string InspectionAndAssessment = "CommunityGovernance.InspectionAndAssessment";

    /// <summary>The policy of a power.</summary>
    /// <param name="power">The power.</param>
    /// <returns>Its policy's name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The power is not one of the four.</exception>
    public static string For(GovernancePower power) => power switch
    {
        GovernancePower.ResourceAllocation => ResourceAllocation,
        GovernancePower.TaskSetting => TaskSetting,
        GovernancePower.TimeScheduling => TimeScheduling,
        GovernancePower.InspectionAndAssessment => InspectionAndAssessment,
        _ => throw new ArgumentOutOfRangeException(nameof(power), power, "Not a governance power."),
    };

    /// <summary>Adds the four policies: each requires an authenticated user whose actor holds the power.</summary>
    /// <param name="options">The authorization options.</param>
    /// <returns>The same options.</returns>
    public static AuthorizationOptions AddGovernancePolicies(this AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var power in Enum.GetValues<GovernancePower>())
        {
            options.AddPolicy(For(power), policy => policy.RequireAuthenticatedUser().AddRequirements(GovernancePowerRequirement.For(power)));
        }

        return options;
    }
}
