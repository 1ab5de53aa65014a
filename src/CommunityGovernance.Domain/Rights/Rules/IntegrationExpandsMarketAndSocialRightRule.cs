using CommunityGovernance.Kernel;

namespace CommunityGovernance.Rights;

/// <summary>
/// Resources are integrated into a market-and-social right only, so that a community's profile can tell what it
/// holds from the hierarchy apart from what integration brought.
/// </summary>
internal readonly struct IntegrationExpandsMarketAndSocialRightRule(HeldRight right) : IDomainRule
{
    public string Name => GovernanceRightRules.IntegrationExpandsMarketAndSocialRight;

    public string Message => $"Right '{right.Id}' is of the {right.Source} source; resources are integrated into a market-and-social right.";

    public bool IsBroken() => right.Source != RightSource.MarketAndSocial;
}
