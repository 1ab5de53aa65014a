using CommunityGovernance.Boundaries;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>The phases of a community-building process, in the order it passes through them; each begins at an instant.</summary>
[SanctionedCrossing(PlatformCrossing.Reason)]
public enum ProcessPhase
{
    /// <summary>Collecting (征集): actors enrol, raise proposals and support them.</summary>
    Collect = 1,

    /// <summary>Deliberating (议事协商): the deliberative body meets, similar proposals are merged, proposals go ahead to the vote with a cost.</summary>
    Deliberate = 2,

    /// <summary>Deciding (决策): eligible actors vote on the admitted proposals within the budget; the count closes the phase.</summary>
    Decide = 3,

    /// <summary>Carrying out (实施): the chosen projects are carried out by their participants, with money spent against their allocations.</summary>
    CarryOut = 4,

    /// <summary>Accounting (公示问效): the process is closed and its report stands; nothing changes any more.</summary>
    Account = 5,
}
