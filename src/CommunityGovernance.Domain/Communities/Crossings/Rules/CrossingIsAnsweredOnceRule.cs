using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;

namespace CommunityGovernance.Communities.Crossings;

/// <summary>See <see cref="CommunityRules.CrossingIsAnsweredOnce"/>.</summary>
internal sealed class CrossingIsAnsweredOnceRule(CrossingId crossing, bool answered, string answer) : IDomainRule
{
    public string Name => CommunityRules.CrossingIsAnsweredOnce;

    public string Message => $"Crossing '{crossing}' has already been answered ({answer}); an answered crossing takes no further answer.";

    public bool IsBroken() => answered;
}
