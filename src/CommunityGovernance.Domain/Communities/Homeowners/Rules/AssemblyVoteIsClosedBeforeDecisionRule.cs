using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Homeowners;

/// <summary>See <see cref="CommunityRules.AssemblyVoteIsClosedBeforeDecision"/>.</summary>
internal sealed class AssemblyVoteIsClosedBeforeDecisionRule(AssemblyVoteId vote, bool closed) : IDomainRule
{
    public string Name => CommunityRules.AssemblyVoteIsClosedBeforeDecision;

    public string Message => $"Vote '{vote}' is still open; only a closed and counted vote is a decision.";

    public bool IsBroken() => !closed;
}
