using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Crossings;

/// <summary>See <see cref="CommunityRules.OrderIssuerHoldsPower"/>.</summary>
internal readonly struct OrderIssuerHoldsPowerRule(OrderAuthority authority, ResidentsCommitteeChannel channel) : IDomainRule
{
    public string Name => CommunityRules.OrderIssuerHoldsPower;

    public string Message =>
        $"Actor '{authority.Issuer}' may not sink an order of {authority.Power} into living community '{authority.Target}' through the residents' committee of {channel.Jurisdiction} at {authority.At}: {authority.ExplainChannel(channel.Jurisdiction).Reason}. " +
        (authority.Channels.Count == 0
            ? "It holds that power over none of the communities covering it."
            : $"It holds that power over {string.Join(", ", authority.Channels)}, whose committees can carry the order.");

    public bool IsBroken() => !authority.Allows(channel.Jurisdiction);
}
