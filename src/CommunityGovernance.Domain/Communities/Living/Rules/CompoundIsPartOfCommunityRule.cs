using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Living;

/// <summary>A courtyard or building lies in a compound of this living community.</summary>
internal sealed class CompoundIsPartOfCommunityRule(CompoundId compound, bool exists) : IDomainRule
{
    public string Name => CommunityRules.CompoundIsPartOfCommunity;

    public string Message => $"The compound '{compound}' is not part of this living community.";

    public bool IsBroken() => !exists;
}
