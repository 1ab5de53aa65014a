using CommunityGovernance.Boundaries;

namespace CommunityGovernance.Communities.Homeowners;

/// <summary>What a closed vote of the homeowners' assembly came to.</summary>
[LivingSide]
public enum AssemblyOutcome
{
    /// <summary>Quorum met and both majorities reached: the matter is decided (表决通过).</summary>
    Adopted = 1,

    /// <summary>Quorum met, but the area or the owners that agreed fell short of the matter's majority (未通过).</summary>
    Rejected = 2,

    /// <summary>Too few owners, or owners of too little area, took part: the vote failed (表决无效, 参与人数或面积不足).</summary>
    QuorumNotMet = 3,
}
