using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;
using NodaTime;

namespace CommunityGovernance.Communities.Crossings;

/// <summary>
/// The answer to "may this actor sink an order of this power into this living community now?", with what makes it
/// so: for every administrative community covering the living community, whether the issuer holds the power over it
/// and why (<see cref="CoveringJurisdiction"/>). An order may go through the residents' committee of any community in
/// <see cref="Channels"/>; <see cref="AdministrativeOrder.Sink"/> accepts exactly those.
/// </summary>
/// <param name="Issuer">Who would issue the order.</param>
/// <param name="Power">The power it would carry.</param>
/// <param name="Target">The living community it would sink into.</param>
/// <param name="At">The instant asked about.</param>
/// <param name="Covering">Each administrative community covering the target, in code order, with the issuer's right over it.</param>
[SanctionedCrossing("The authority for a downward crossing names the living community and the administrative communities covering it.")]
public sealed record OrderAuthority(ActorId Issuer, GovernancePower Power, LivingCommunityId Target, Instant At, EquatableArray<CoveringJurisdiction> Covering)
{
    /// <summary>Whether some covering community's committee may carry the order.</summary>
    public bool IsAllowed => Covering.Any(c => c.Justification.IsAllowed);

    /// <summary>The covering communities over which the issuer holds the power: the order may go through their committees.</summary>
    public EquatableArray<AdministrativeCommunityId> Channels =>
        new(Covering.Where(c => c.Justification.IsAllowed).Select(c => c.Community));

    /// <summary>The first community of <see cref="Channels"/>, or <see langword="null"/> when refused.</summary>
    public AdministrativeCommunityId? Through => Covering.FirstOrDefault(c => c.Justification.IsAllowed)?.Community;

    /// <summary>
    /// The right that makes it so, for <see cref="Through"/>; when refused, the refusal for the first covering community,
    /// or <see cref="RightsJustification.Denied"/> when nothing covers the target.
    /// </summary>
    public RightsJustification Justification =>
        (Covering.FirstOrDefault(c => c.Justification.IsAllowed) ?? Covering.FirstOrDefault())?.Justification ?? RightsJustification.Denied;

    /// <summary>Whether an order may go through the residents' committee of <paramref name="jurisdiction"/>.</summary>
    /// <param name="jurisdiction">The channel's administrative community.</param>
    /// <returns><see langword="true"/> when it covers the target and the issuer holds the power over it.</returns>
    public bool Allows(AdministrativeCommunityId jurisdiction) =>
        Covering.Any(c => c.Community == jurisdiction && c.Justification.IsAllowed);

    /// <summary>The issuer's right over <paramref name="jurisdiction"/>, or a refusal when it does not cover the target.</summary>
    /// <param name="jurisdiction">The channel's administrative community.</param>
    /// <returns>The justification for that community.</returns>
    public RightsJustification ExplainChannel(AdministrativeCommunityId jurisdiction) =>
        Covering.FirstOrDefault(c => c.Community == jurisdiction)?.Justification
        ?? new RightsJustification(false, default) { Refusal = RightsRefusal.ScopeDoesNotCover };

    /// <summary>Asks the rights and the coverage.</summary>
    internal static OrderAuthority Of(ActorId issuer, GovernancePower power, LivingCommunityId target, IGovernanceRightsQuery rights, Coverage.ICoverageQuery coverage, Instant at) =>
        new(issuer, power, target, at, new EquatableArray<CoveringJurisdiction>(
            coverage.JurisdictionsSpannedBy(target).Select(c => new CoveringJurisdiction(c, rights.Explain(issuer, power, CommunityUnit.Administrative(c), at)))));
}

/// <summary>One administrative community covering a living community, and the issuer's right over it.</summary>
/// <param name="Community">The covering administrative community.</param>
/// <param name="Justification">Whether the issuer holds the power over it, and why.</param>
[SanctionedCrossing("A covering jurisdiction is part of the authority for a downward crossing.")]
public sealed record CoveringJurisdiction(AdministrativeCommunityId Community, RightsJustification Justification);
