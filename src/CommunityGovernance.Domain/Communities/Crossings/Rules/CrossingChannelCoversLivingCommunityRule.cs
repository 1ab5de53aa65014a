using CommunityGovernance.Communities.Coverage;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Crossings;

/// <summary>See <see cref="CommunityRules.CrossingChannelCoversLivingCommunity"/>.</summary>
internal readonly struct CrossingChannelCoversLivingCommunityRule(ResidentsCommitteeChannel channel, LivingCommunityId livingCommunity, ICoverageQuery coverage) : IDomainRule
{
    public string Name => CommunityRules.CrossingChannelCoversLivingCommunity;

    public string Message => coverage.JurisdictionsSpannedBy(livingCommunity) switch
    {
        [] => $"The residents' committee of {channel.Jurisdiction} cannot carry a crossing of living community '{livingCommunity}': no building of '{livingCommunity}' is covered by any administrative community yet.",
        var covering => $"The residents' committee of {channel.Jurisdiction} cannot carry a crossing of living community '{livingCommunity}': {channel.Jurisdiction} does not cover it; the committees of {string.Join(", ", covering)} can.",
    };

    public bool IsBroken() => !coverage.Covers(channel.Jurisdiction, livingCommunity);
}
