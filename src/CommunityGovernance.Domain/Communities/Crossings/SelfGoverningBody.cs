using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;

namespace CommunityGovernance.Communities.Crossings;

/// <summary>The kinds of body through which a living community governs itself (自治主体).</summary>
[LivingSide]
public enum SelfGoverningBodyKind
{
    /// <summary>The homeowners' assembly (业主大会).</summary>
    HomeownersAssembly = 1,

    /// <summary>The homeowners' committee (业委会), elected by the assembly.</summary>
    HomeownersCommittee = 2,

    /// <summary>A residents' meeting or residents' representatives' meeting (居民会议/居民代表会议) of the compound.</summary>
    ResidentsMeeting = 3,

    /// <summary>A courtyard or building council (院落/楼栋自治组织, 院委会).</summary>
    CourtyardCouncil = 4,

    /// <summary>A self-organisation (自组织) of residents.</summary>
    SelfOrganisation = 5,
}

/// <summary>The living side's own body that answers an order or takes a decision.</summary>
/// <param name="Actor">The body, as an actor.</param>
/// <param name="Kind">What kind of self-governing body it is.</param>
[LivingSide]
public readonly record struct SelfGoverningBody(ActorId Actor, SelfGoverningBodyKind Kind)
{
    /// <summary>Whether the body is named and of a known kind.</summary>
    public bool IsComplete => Actor.Value.Length != 0 && Enum.IsDefined(Kind);
}
