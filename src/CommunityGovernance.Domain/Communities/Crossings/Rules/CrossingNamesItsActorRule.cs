using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;

namespace CommunityGovernance.Communities.Crossings;

/// <summary>See <see cref="CommunityRules.CrossingNamesItsActors"/>.</summary>
internal sealed class CrossingNamesItsActorRule(string role, bool named) : IDomainRule
{
    public string Name => CommunityRules.CrossingNamesItsActors;

    public string Message => $"The crossing must name its {role}.";

    public bool IsBroken() => !named;
}
