using CommunityGovernance.Boundaries;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>Where the fund a process budgets comes from.</summary>
[SanctionedCrossing(PlatformCrossing.Reason)]
public enum FundSource
{
    /// <summary>The community's own money (自有资金): residents' contributions, the community's foundation, public income of the common parts.</summary>
    Own = 1,

    /// <summary>A granted fund (拨付资金), e.g. a district's community-building or incentive fund (社区保障激励资金) granted for the process.</summary>
    Granted = 2,
}
