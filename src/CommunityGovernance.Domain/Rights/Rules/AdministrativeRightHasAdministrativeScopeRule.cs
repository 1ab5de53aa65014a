using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Rights;

/// <summary>
/// An administrative (科层) right is granted over an administrative unit. A living community's rights stand on
/// their own: they come from integrated resources or are delegated within that community's field.
/// </summary>
internal readonly struct AdministrativeRightHasAdministrativeScopeRule(CommunityUnit scope) : IDomainRule
{
    public string Name => GovernanceRightRules.AdministrativeRightHasAdministrativeScope;

    public string Message => "An administrative right is granted over an administrative unit, not over a living community.";

    public bool IsBroken() => !scope.IsAdministrative;
}
