using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Rights;

/// <content>The commands that end a right or move its end: revocation, cuts and renewals.</content>
public sealed partial class GovernanceRight
{
    /// <summary>Revokes a right and, at the same instant, every right delegated from it that still stands, transitively.</summary>
    /// <param name="right">The right to revoke.</param>
    /// <param name="at">The instant from which it no longer stands.</param>
    /// <exception cref="DomainRuleViolationException">The right is unknown or already revoked, or the instant is out of order.</exception>
    public void Revoke(GovernanceRightId right, Instant at)
    {
        CheckRule(new RightCommandsAreChronologicalRule(LastChangedAt, at));
        var revoked = RightOf(right);
        CheckRule(new GovernanceRightIsNotRevokedRule(revoked));

        var cascade = new List<GovernanceRightId>();
        foreach (var descendant in SelfAndDescendants(right))
        {
            if (!_rights[descendant].IsRevoked)
            {
                cascade.Add(descendant);
            }
        }

        RaiseEvent(new GovernanceRightRevoked(at, right, new EquatableArray<GovernanceRightId>(cascade)));
    }

    /// <summary>
    /// Brings a right's end forward, and with it the end of every right delegated from it that ran longer, so that
    /// none outlasts the right it came from.
    /// </summary>
    /// <param name="right">The right to shorten.</param>
    /// <param name="newEnd">The new, exclusive end: after the start, not before <paramref name="at"/>, before the current end.</param>
    /// <param name="at">When the change is made.</param>
    /// <exception cref="DomainRuleViolationException">The right is unknown or revoked, the new end does not shorten it, or the instant is out of order.</exception>
    public void ShortenValidity(GovernanceRightId right, Instant newEnd, Instant at)
    {
        CheckRule(new RightCommandsAreChronologicalRule(LastChangedAt, at));
        var shortened = RightOf(right);
        CheckRule(new GovernanceRightIsNotRevokedRule(shortened));
        CheckRule(new ValidityChangeNarrowsRule(shortened.Validity, newEnd, at));

        var cascade = new List<GovernanceRightId>();
        foreach (var descendant in SelfAndDescendants(right))
        {
            if (Validity.EndingBy(_rights[descendant].Validity, newEnd) != _rights[descendant].Validity)
            {
                cascade.Add(descendant);
            }
        }

        RaiseEvent(new GovernanceRightValidityShortened(at, right, newEnd, new EquatableArray<GovernanceRightId>(cascade)));
    }

    /// <summary>
    /// Renews (续期) a right: its validity ends later, but never beyond the validity of the right it was delegated
    /// from. Rights delegated from it keep their own validity; renew them one by one.
    /// </summary>
    /// <param name="right">The right to renew.</param>
    /// <param name="newEnd">The new, exclusive end: after the current one.</param>
    /// <param name="at">When it is renewed.</param>
    /// <exception cref="DomainRuleViolationException">
    /// The right is unknown or revoked, open-ended, the new end is not later, it would outlast the right it came
    /// from, or the instant is out of order.
    /// </exception>
    public void ExtendValidity(GovernanceRightId right, Instant newEnd, Instant at)
    {
        CheckRule(new RightCommandsAreChronologicalRule(LastChangedAt, at));
        var extended = RightOf(right);
        CheckRule(new GovernanceRightIsNotRevokedRule(extended));
        CheckRule(new ValidityExtensionLengthensRule(extended.Validity, newEnd));
        if (extended.DelegatedFrom is { } parent)
        {
            CheckRule(new DelegationNarrowsValidityRule(_rights[parent].Validity, Validity.Extended(extended.Validity, newEnd)));
        }

        RaiseEvent(new GovernanceRightValidityExtended(at, right, newEnd));
    }
}
