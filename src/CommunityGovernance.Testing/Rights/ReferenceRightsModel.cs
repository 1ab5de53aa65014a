using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;
using NodaTime;

namespace CommunityGovernance.Testing.Rights;

/// <summary>
/// A slow, obviously correct rights check to compare a fast one against: it keeps every right in a list and, for
/// each question, looks at all of them. Nothing is indexed, cached or numbered.
/// </summary>
/// <remarks>
/// An actor may exercise a power over a unit at an instant when some right in the list is held by the actor,
/// confers the power, is within its validity and not yet revoked at the instant, and has a scope that is the unit
/// or an administrative unit above it (a living community's scope covers that living community only).
/// </remarks>
public sealed class ReferenceRightsModel : IGovernanceRightsQuery
{
    private readonly List<HeldRight> _rights;

    /// <summary>Creates the model from the rights as they stand.</summary>
    /// <param name="rights">Every right, for example all rights of all trees.</param>
    public ReferenceRightsModel(IEnumerable<HeldRight> rights)
    {
        ArgumentNullException.ThrowIfNull(rights);
        _rights = [.. rights];
    }

    /// <summary>The model of every right of the given trees.</summary>
    /// <param name="trees">The aggregates.</param>
    /// <returns>The model.</returns>
    public static ReferenceRightsModel Of(IEnumerable<GovernanceRight> trees)
    {
        ArgumentNullException.ThrowIfNull(trees);
        return new(trees.SelectMany(t => t.Rights));
    }

    /// <inheritdoc />
    public bool MayExercise(ActorId actor, GovernancePower power, CommunityUnit unit, Instant at) =>
        _rights.Any(r => Justifies(r, actor, power, unit, at));

    /// <inheritdoc />
    public GovernancePowers PowersOver(ActorId actor, CommunityUnit unit, Instant at)
    {
        var powers = GovernancePowers.None;
        foreach (var power in Enum.GetValues<GovernancePower>())
        {
            if (MayExercise(actor, power, unit, at))
            {
                powers = powers.With(power);
            }
        }

        return powers;
    }

    /// <summary>
    /// Whether <paramref name="justification"/> is a true account: when it allows, its chain runs from an original
    /// right down, link by link through "delegated from", to a right that by itself justifies the question; when it
    /// denies, the model denies too, for the first reason that holds in <see cref="RightsRefusal"/>'s order: no right at
    /// all; a right of the actor over the unit that confers the power but is revoked, not yet valid or expired at the
    /// instant (any such right, given with its true chain, its state matching the reason); the power not held (with the
    /// powers the actor's live rights over the unit do confer); no scope covering the unit.
    /// </summary>
    /// <param name="justification">The answer to check.</param>
    /// <param name="query">The question it answers.</param>
    /// <returns><see langword="true"/> when the account is true.</returns>
    /// <remarks>The model knows no administrative hierarchy, so it never expects <see cref="RightsRefusal.UnitOutsideHierarchy"/>.</remarks>
    public bool IsTrueAccount(RightsJustification justification, RightsQuery query)
    {
        ArgumentNullException.ThrowIfNull(justification);
        ArgumentNullException.ThrowIfNull(query);
        if (!justification.IsAllowed)
        {
            return !query.AskOf(this) && IsTrueRefusal(justification, query);
        }

        return justification.Refusal == RightsRefusal.None
            && TrueChainEnd(justification.Chain) is { } last
            && Justifies(last, query.Actor, query.Power, query.Unit, query.At);
    }

    private bool IsTrueRefusal(RightsJustification justification, RightsQuery query)
    {
        var own = _rights.Where(r => r.Holder == query.Actor).ToList();
        if (own.Count == 0)
        {
            return justification.Refusal == RightsRefusal.NoRight && justification.Chain.Count == 0;
        }

        var covering = own.Where(r => Covers(r, query.Unit)).ToList();
        var outOfTime = covering.Where(r => r.Powers.Contains(query.Power) && !IsLive(r, query.At)).ToList();
        if (outOfTime.Count > 0)
        {
            if (TrueChainEnd(justification.Chain) is not { } right || !outOfTime.Contains(right))
            {
                return false;
            }

            var expected = right.RevokedAt is { } revokedAt && query.At >= revokedAt ? RightsRefusal.Revoked
                : right.Validity.HasStart && query.At < right.Validity.Start ? RightsRefusal.NotYetValid
                : RightsRefusal.Expired;
            return justification.Refusal == expected && (expected != RightsRefusal.Revoked || justification.RevokedAt == right.RevokedAt);
        }

        if (covering.Count > 0)
        {
            var held = covering.Where(r => IsLive(r, query.At)).Aggregate(GovernancePowers.None, (powers, r) => powers.Union(r.Powers));
            return justification.Refusal == RightsRefusal.PowerNotHeld && justification.PowersHeld == held && justification.Chain.Count == 0;
        }

        return justification.Refusal == RightsRefusal.ScopeDoesNotCover && justification.Chain.Count == 0;
    }

    // The right a chain ends at, when the chain is true: it runs from an original right down through "delegated from",
    // and every link says what the model holds of its right.
    private HeldRight? TrueChainEnd(EquatableArray<RightLink> chain)
    {
        GovernanceRightId? expectedParent = null;
        HeldRight? last = null;
        foreach (var link in chain)
        {
            var right = _rights.SingleOrDefault(r => r.Id == link.Right);
            if (right is null || right.DelegatedFrom != expectedParent || right.Holder != link.Holder
                || right.Powers != link.Powers || right.Scope != link.Scope || right.Validity != link.Validity || right.Source != link.Source)
            {
                return null;
            }

            expectedParent = right.Id;
            last = right;
        }

        return last;
    }

    private static bool Justifies(HeldRight right, ActorId actor, GovernancePower power, CommunityUnit unit, Instant at) =>
        right.Holder == actor && right.Powers.ToEnumerable().Contains(power) && IsLive(right, at) && Covers(right, unit);

    private static bool IsLive(HeldRight right, Instant at) => right.Validity.Contains(at) && (right.RevokedAt is null || at < right.RevokedAt.Value);

    private static bool Covers(HeldRight right, CommunityUnit unit) => right.Scope.IsLiving
        ? unit.IsLiving && unit.LivingCommunityId == right.Scope.LivingCommunityId
        : unit.IsAdministrative && unit.AreaCode.IsWithin(right.Scope.AreaCode);
}
