using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
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
    /// denies, the model denies too.
    /// </summary>
    /// <param name="justification">The answer to check.</param>
    /// <param name="query">The question it answers.</param>
    /// <returns><see langword="true"/> when the account is true.</returns>
    public bool IsTrueAccount(RightsJustification justification, RightsQuery query)
    {
        ArgumentNullException.ThrowIfNull(justification);
        ArgumentNullException.ThrowIfNull(query);
        if (!justification.IsAllowed)
        {
            return justification.Chain.Count == 0 && !query.AskOf(this);
        }

        var chain = justification.Chain;
        if (chain.Count == 0)
        {
            return false;
        }

        GovernanceRightId? expectedParent = null;
        HeldRight? last = null;
        foreach (var link in chain)
        {
            var right = _rights.SingleOrDefault(r => r.Id == link.Right);
            if (right is null || right.DelegatedFrom != expectedParent || right.Holder != link.Holder
                || right.Powers != link.Powers || right.Scope != link.Scope || right.Validity != link.Validity || right.Source != link.Source)
            {
                return false;
            }

            expectedParent = right.Id;
            last = right;
        }

        return last is not null && Justifies(last, query.Actor, query.Power, query.Unit, query.At);
    }

    private static bool Justifies(HeldRight right, ActorId actor, GovernancePower power, CommunityUnit unit, Instant at)
    {
        var holds = right.Holder == actor && right.Powers.ToEnumerable().Contains(power);
        var live = right.Validity.Contains(at) && (right.RevokedAt is null || at < right.RevokedAt.Value);
        var covers = right.Scope.IsLiving
            ? unit.IsLiving && unit.LivingCommunityId == right.Scope.LivingCommunityId
            : unit.IsAdministrative && unit.AreaCode.IsWithin(right.Scope.AreaCode);
        return holds && live && covers;
    }
}
