using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Homeowners;

/// <summary>See <see cref="CommunityRules.AssemblyVoteIsClosedOnce"/>.</summary>
internal sealed class AssemblyVoteIsClosedOnceRule(AssemblyVoteId vote, bool closed) : IDomainRule
{
    public string Name => CommunityRules.AssemblyVoteIsClosedOnce;

    public string Message => $"Vote '{vote}' has already been closed and counted.";

    public bool IsBroken() => closed;
}
