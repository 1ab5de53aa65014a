using CommunityGovernance.Kernel;

namespace CommunityGovernance.Actors;

/// <summary>
/// The fixed facts about each <see cref="ActorKind"/>: its sector and its side, exactly as DOMAIN.md §2 lists them.
/// </summary>
public static class ActorKindFacts
{
    /// <summary>The sector (政, 企, 社, 群众) of the kind.</summary>
    /// <param name="kind">The actor kind.</param>
    /// <returns>The kind's sector.</returns>
    /// <exception cref="DomainRuleViolationException">The kind is not a listed value.</exception>
    public static Sector Sector(this ActorKind kind) => kind switch
    {
        ActorKind.PartyCommitteeAndGovernment or ActorKind.DistrictGovernanceCommittee or
            ActorKind.VerticalDepartment or ActorKind.StreetOffice => Actors.Sector.State,
        ActorKind.PropertyCompany => Actors.Sector.Market,
        ActorKind.ResidentsCommittee or ActorKind.HomeownersCommittee or ActorKind.SocialOrganisation or
            ActorKind.IndustryAssociation or ActorKind.SelfOrganisation => Actors.Sector.Society,
        ActorKind.Resident => Actors.Sector.Masses,
        _ => throw Unknown(kind),
    };

    /// <summary>
    /// The side the kind stands on: the state's kinds are administrative, the residents' committee is the bridge,
    /// and every market, society and masses kind acts in the living community.
    /// </summary>
    /// <param name="kind">The actor kind.</param>
    /// <returns>The kind's side.</returns>
    /// <exception cref="DomainRuleViolationException">The kind is not a listed value.</exception>
    public static ActorSide Side(this ActorKind kind) => kind switch
    {
        ActorKind.ResidentsCommittee => ActorSide.Bridge,
        _ => kind.Sector() == Actors.Sector.State ? ActorSide.Administrative : ActorSide.Living,
    };

    /// <summary>Whether the kind is one of the listed kinds.</summary>
    /// <param name="kind">The value to check.</param>
    /// <returns><see langword="true"/> for a listed kind.</returns>
    public static bool IsKnown(this ActorKind kind) => Enum.IsDefined(kind);

    internal static DomainRuleViolationException Unknown(ActorKind kind) =>
        new(ActorRules.KindIsKnown, $"'{(int)kind}' is not a known actor kind.");
}
