using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Communities.Homeowners;

/// <summary>See <see cref="CommunityRules.BallotIsCastWhileVoteIsOpen"/>: from the opening instant, before the closing one, and not once closed.</summary>
internal sealed class BallotIsCastWhileVoteIsOpenRule(AssemblyVoteId vote, Instant opensAt, Instant closesAt, bool closed, Instant at) : IDomainRule
{
    public string Name => CommunityRules.BallotIsCastWhileVoteIsOpen;

    public string Message => closed
        ? $"Vote '{vote}' is closed; no ballot can be cast or changed."
        : $"Vote '{vote}' takes ballots from {opensAt} until before {closesAt}, not at {at}.";

    public bool IsBroken() => closed || at < opensAt || at >= closesAt;
}
