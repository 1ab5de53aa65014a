using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Communities.Homeowners;

/// <summary>See <see cref="CommunityRules.AssemblyVoteClosesAfterItOpens"/>.</summary>
internal sealed class AssemblyVoteClosesAfterItOpensRule(Instant opensAt, Instant closesAt) : IDomainRule
{
    public string Name => CommunityRules.AssemblyVoteClosesAfterItOpens;

    public string Message => $"A vote opening at {opensAt} must close after it opens, not at {closesAt}.";

    public bool IsBroken() => closesAt <= opensAt;
}
