using CommunityGovernance.Boundaries;

namespace CommunityGovernance.Actors;

/// <summary>
/// Which side of the boundary an actor stands on. Unlike <see cref="CommunitySide"/>, which classifies units and
/// code, an actor can be a <see cref="Bridge"/>: the residents' committee (居委会) governs itself on the living
/// side and carries administrative work for the street office.
/// </summary>
public enum ActorSide
{
    /// <summary>The administrative side (行政社区): the state's hierarchy.</summary>
    Administrative = 1,

    /// <summary>The living side (生活共同体社区): the compound and the people and bodies that act in it.</summary>
    Living = 2,

    /// <summary>Both at once: the residents' committee, the grassroots structural hole (结构洞) between the sides.</summary>
    Bridge = 3,
}
