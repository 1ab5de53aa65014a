using CommunityGovernance.Communities.Living;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Coverage;

/// <summary>A move goes to another jurisdiction.</summary>
internal sealed class MoveChangesJurisdictionRule(AdministrativeCommunityId from, AdministrativeCommunityId to) : IDomainRule
{
    public string Name => CommunityRules.MoveChangesJurisdiction;

    public string Message => $"The building already lies in {to}.";

    public bool IsBroken() => from == to;
}
