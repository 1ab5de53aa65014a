using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Demands;

internal sealed class DemandStepsAreChronologicalRule(Instant last, Instant at) : IDomainRule
{
    public string Name => DemandRules.StepsAreChronological;

    public string Message => $"A step at {at} cannot follow a step at {last}.";

    public bool IsBroken() => at < last;
}
