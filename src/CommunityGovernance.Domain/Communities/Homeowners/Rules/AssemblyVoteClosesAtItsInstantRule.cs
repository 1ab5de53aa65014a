using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Communities.Homeowners;

/// <summary>See <see cref="CommunityRules.AssemblyVoteClosesAtItsInstant"/>: owners keep the whole announced period to vote.</summary>
internal sealed class AssemblyVoteClosesAtItsInstantRule(AssemblyVoteId vote, Instant closesAt, Instant at) : IDomainRule
{
    public string Name => CommunityRules.AssemblyVoteClosesAtItsInstant;

    public string Message => $"Vote '{vote}' closes at {closesAt}; it cannot be closed at {at}.";

    public bool IsBroken() => at < closesAt;
}
