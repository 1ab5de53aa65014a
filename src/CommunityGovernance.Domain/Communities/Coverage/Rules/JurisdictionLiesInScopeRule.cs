using CommunityGovernance.Communities.Living;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Coverage;

/// <summary>A register covers only the administrative communities within its scope.</summary>
internal sealed class JurisdictionLiesInScopeRule(AreaCode scope, AdministrativeCommunityId jurisdiction) : IDomainRule
{
    public string Name => CommunityRules.JurisdictionLiesInScope;

    public string Message => $"Administrative community {jurisdiction} does not lie within {scope}.";

    public bool IsBroken() => !jurisdiction.AreaCode.IsWithin(scope);
}
