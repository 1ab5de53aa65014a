using CommunityGovernance.Boundaries;

namespace CommunityGovernance.Communities.Homeowners;

/// <summary>An owner's ballot on the assembly's matter (表决意见). How an owner voted is personal data.</summary>
[LivingSide]
public enum BallotChoice
{
    /// <summary>For (同意).</summary>
    For = 1,

    /// <summary>Against (反对).</summary>
    Against = 2,

    /// <summary>Abstains (弃权): takes part, so counts towards participation, but does not agree.</summary>
    Abstain = 3,
}
