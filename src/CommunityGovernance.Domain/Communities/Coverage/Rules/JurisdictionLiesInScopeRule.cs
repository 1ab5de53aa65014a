using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Coverage;

/// <summary>
/// A register covers only the administrative communities within its scope, and its scope is an administrative unit
/// above the community level.
/// </summary>
internal sealed class JurisdictionLiesInScopeRule(AreaCode scope, AdministrativeCommunityId? jurisdiction) : IDomainRule
{
    public string Name => CommunityRules.JurisdictionLiesInScope;

    public string Message => jurisdiction is { } community
        ? $"Administrative community {community} does not lie within {scope}."
        : "A coverage register's scope is an administrative unit above the community level.";

    /// <summary>The rule on a register's own scope, before it covers anything.</summary>
    public static JurisdictionLiesInScopeRule ForScope(AreaCode scope) => new(scope, null);

    public bool IsBroken() => jurisdiction is { } community
        ? !community.AreaCode.IsWithin(scope)
        : scope.Level is 0 or AdministrativeLevel.Community;
}
