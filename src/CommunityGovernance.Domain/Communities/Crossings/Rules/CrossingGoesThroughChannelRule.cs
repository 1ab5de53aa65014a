using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;

namespace CommunityGovernance.Communities.Crossings;

/// <summary>See <see cref="CommunityRules.CrossingGoesThroughChannel"/>.</summary>
internal sealed class CrossingGoesThroughChannelRule(ResidentsCommitteeChannel channel) : IDomainRule
{
    public string Name => CommunityRules.CrossingGoesThroughChannel;

    public string Message => "A crossing must go through a residents' committee channel naming the committee and its administrative community.";

    public bool IsBroken() => !channel.IsComplete;
}
