using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Homeowners;

/// <summary>See <see cref="CommunityRules.BallotIsCastByOwner"/>. The message never names the would-be voter.</summary>
internal sealed class BallotIsCastByOwnerRule(AssemblyVoteId vote, bool onRoll) : IDomainRule
{
    public string Name => CommunityRules.BallotIsCastByOwner;

    public string Message => $"Only an owner on the roll of vote '{vote}' may cast a ballot in it.";

    public bool IsBroken() => !onRoll;
}
