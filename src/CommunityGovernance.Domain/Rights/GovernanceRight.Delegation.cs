using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Rights;

/// <content>Delegation (放权, 赋权): one right at a time, or a batch that stands or falls as a whole.</content>
public sealed partial class GovernanceRight
{
    /// <summary>
    /// Delegates (放权, 赋权) part of a right of this tree to another actor: downward, to a unit within the right's
    /// scope, or to an actor acting in the same field (the same scope), never wider in powers, scope, validity or
    /// resources.
    /// </summary>
    /// <param name="from">The right delegated from.</param>
    /// <param name="id">The new right's id, unused in the tree.</param>
    /// <param name="terms">What the delegated right confers.</param>
    /// <param name="directory">What exists: the holder must be registered and the scope established at <paramref name="at"/>.</param>
    /// <param name="at">When the delegation is made.</param>
    /// <returns>The delegated right.</returns>
    /// <exception cref="DomainRuleViolationException">The input is malformed, the delegation would go upward, cross sides
    /// or widen, or the directory does not know its holder or scope.</exception>
    public HeldRight Delegate(GovernanceRightId from, GovernanceRightId id, RightTerms terms, ICommunityDirectory directory, Instant at)
    {
        Guard.Against.MissingValue(directory);
        CheckDelegated(id, terms, at);
        var parent = RightOf(from);
        RequireUnused(id);
        CheckNarrowing(parent.Id, parent.IsRevoked, parent.Terms, terms, at);
        CheckNamed(terms, directory, at);

        RaiseEvent(new GovernanceRightDelegated(at, id, from, terms));
        return _rights[id];
    }

    /// <summary>
    /// Makes many delegations at one instant, as one decision (a district's decree that delegates to all its streets
    /// and communities, say): each is checked against every rule <see cref="Delegate"/> checks, in order, and may
    /// delegate from a right delegated earlier in the same batch. Either all are made, or none.
    /// </summary>
    /// <param name="delegations">The delegations, parents before the rights delegated from them.</param>
    /// <param name="directory">What exists: every holder must be registered and every scope established at <paramref name="at"/>.</param>
    /// <param name="at">When the delegations are made.</param>
    /// <remarks>
    /// A batch raises the same <see cref="GovernanceRightDelegated"/> events, in the same order, as calling
    /// <see cref="Delegate"/> for each in turn, and is refused with the same rule and message as the first of those
    /// calls that would be refused; but a refused batch leaves the tree exactly as it was, the delegations before the
    /// refused one included. An empty batch changes nothing.
    /// </remarks>
    /// <exception cref="DomainRuleViolationException">
    /// A delegation is malformed, or would go upward, cross sides or widen; nothing was delegated.
    /// </exception>
    public void DelegateMany(IReadOnlyList<Delegation> delegations, ICommunityDirectory directory, Instant at)
    {
        Guard.Against.MissingValue(delegations);
        Guard.Against.MissingValue(directory);
        if (delegations.Count == 0)
        {
            return;
        }

        // Every delegation is checked before any is raised. Rights delegated earlier in the batch are not in the tree
        // yet, so they are looked up in the batch: they stand (not revoked) from this instant, on their own terms.
        var earlier = new EarlierDelegations(delegations);
        try
        {
            for (var i = 0; i < delegations.Count; i++)
            {
                var (from, id, terms) = delegations[i];
                CheckDelegated(id, terms, at);
                if (earlier.TermsOf(from) is { } pending)
                {
                    RequireUnused(id, in earlier);
                    CheckNarrowing(from, revoked: false, pending, terms, at);
                }
                else
                {
                    var parent = RightOf(from);
                    RequireUnused(id, in earlier);
                    CheckNarrowing(parent.Id, parent.IsRevoked, parent.Terms, terms, at);
                }

                CheckNamed(terms, directory, at);
                earlier.Add();
            }
        }
        finally
        {
            earlier.Release();
        }

        for (var i = 0; i < delegations.Count; i++)
        {
            var (from, id, terms) = delegations[i];
            if (i == 0 || delegations[i - 1].From != from)
            {
                ReserveChildren(from, delegations, i);
            }

            RaiseEvent(new GovernanceRightDelegated(at, id, from, terms));
        }
    }

    // A decree delegates one right to many in a row: the parent's list of children is sized for the whole run at once.
    private void ReserveChildren(GovernanceRightId from, IReadOnlyList<Delegation> batch, int start)
    {
        var end = start + 1;
        while (end < batch.Count && batch[end].From == from)
        {
            end++;
        }

        if (end - start > 1)
        {
            ref var children = ref CollectionsMarshal.GetValueRefOrAddDefault(_delegations, from, out _);
            children ??= new List<GovernanceRightId>(end - start);
            children.EnsureCapacity(children.Count + end - start);
        }
    }

    // The rules on the new right alone, and on the command's instant.
    private void CheckDelegated(GovernanceRightId id, RightTerms terms, Instant at)
    {
        Guard.Against.MissingId(id);
        Guard.Against.MissingValue(terms);
        terms.Validate();
        CheckRule(new RightCommandsAreChronologicalRule(LastChangedAt, at));
    }

    private void RequireUnused(GovernanceRightId id) =>
        CheckRule(new GovernanceRightIdIsUniqueRule(id, _rights.ContainsKey(id)));

    private void RequireUnused(GovernanceRightId id, in EarlierDelegations earlier) =>
        CheckRule(new GovernanceRightIdIsUniqueRule(id, _rights.ContainsKey(id) || earlier.TermsOf(id) is not null));

    // A delegated right never exceeds the right it comes from. The rules are structs: checking them allocates nothing.
    private static void CheckNarrowing(GovernanceRightId fromId, bool revoked, RightTerms from, RightTerms terms, Instant at)
    {
        CheckRule(new DelegatingRightIsLiveRule(fromId, revoked, from.Validity, at));
        CheckRule(new DelegationStaysOnItsSideRule(from.Scope, terms.Scope));
        CheckRule(new DelegationGoesDownwardRule(from.Scope, terms.Scope));
        CheckRule(new DelegationNarrowsScopeRule(from, terms));
        CheckRule(new DelegationNarrowsPowersRule(from.Powers, terms.Powers));
        CheckRule(new DelegationNarrowsValidityRule(from.Validity, terms.Validity));
        CheckRule(new DelegationNarrowsResourcesRule(from.Resources, terms.Resources));
    }
}
