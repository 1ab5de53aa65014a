using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Homeowners;

/// <summary>See <see cref="CommunityRules.AssemblyVoteHasElectorate"/>.</summary>
internal sealed class AssemblyVoteHasElectorateRule(LivingCommunityId community, int units) : IDomainRule
{
    public string Name => CommunityRules.AssemblyVoteHasElectorate;

    public string Message => $"The ownership register of '{community}' holds no exclusive unit, so no owner could vote.";

    public bool IsBroken() => units == 0;
}
