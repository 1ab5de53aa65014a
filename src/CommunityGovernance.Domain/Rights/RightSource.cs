namespace CommunityGovernance.Rights;

/// <summary>Where a governance right (治理权) comes from: one of its two sources.</summary>
public enum RightSource
{
    /// <summary>
    /// Administrative (科层, 行政赋权): the government's power over supplying, organising and distributing public
    /// resources, granted down the hierarchy district → street → community. Its scope is always an administrative
    /// unit.
    /// </summary>
    Administrative = 1,

    /// <summary>
    /// Market and social (市场与社会): arising from resources that the holder has integrated from enterprises and
    /// social organisations. Its scope may be an administrative unit or a living community.
    /// </summary>
    MarketAndSocial = 2,
}
