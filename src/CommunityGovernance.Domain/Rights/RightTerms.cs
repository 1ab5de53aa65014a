using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Rights;

/// <summary>
/// What a governance right (治理权) confers: who holds it, which of the four powers, over which unit, for how long,
/// and how much in resources it may allocate.
/// </summary>
/// <param name="Holder">The actor that holds the right.</param>
/// <param name="Powers">The powers it confers; never none.</param>
/// <param name="Scope">
/// The unit it applies to: an administrative unit at some level (it then covers every unit within) or a living
/// community (it then covers that community only) — never both.
/// </param>
/// <param name="Validity">When it is valid; the start is inclusive, the end exclusive; either may be open.</param>
/// <param name="Resources">The resources it may allocate; none unless given.</param>
public sealed record RightTerms(ActorId Holder, GovernancePowers Powers, CommunityUnit Scope, Interval Validity, ResourceAllowance Resources = default)
{
    /// <summary>Whether a right with these terms covers <paramref name="unit"/>: the unit lies within the scope.</summary>
    /// <param name="unit">The unit asked about.</param>
    /// <returns>
    /// <see langword="true"/> when the scope is administrative and the unit is an administrative unit within it, or
    /// the scope is the living community asked about. An administrative scope never covers a living community.
    /// </returns>
    public bool Covers(CommunityUnit unit) => Scope.Side == unit.Side && (unit.IsLiving
        ? Scope.LivingCommunityId == unit.LivingCommunityId
        : unit.AreaCode.IsWithin(Scope.AreaCode));

    /// <summary>Throws unless the terms name a holder, at least one power, a scope and a non-empty validity.</summary>
    internal void Validate()
    {
        if (Holder.Value.Length == 0)
        {
            throw new DomainRuleViolationException(GovernanceRightRules.RightTermsAreComplete, "A governance right names the actor that holds it.");
        }

        if (Powers.IsEmpty)
        {
            throw new DomainRuleViolationException(GovernanceRightRules.RightTermsAreComplete, "A governance right confers at least one of the four powers.");
        }

        if (Scope.Side == 0)
        {
            throw new DomainRuleViolationException(GovernanceRightRules.RightTermsAreComplete, "A governance right has a scope: an administrative unit or a living community.");
        }

        if (Validity.HasStart && Validity.HasEnd && Validity.Start >= Validity.End)
        {
            throw new DomainRuleViolationException(GovernanceRightRules.RightTermsAreComplete, "A governance right is valid for a non-empty interval.");
        }
    }
}
