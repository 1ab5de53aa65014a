using CommunityGovernance.Rights;
using NodaTime;

namespace CommunityGovernance.Testing.Rights;

/// <summary>
/// Checks of the invariants that governance rights keep, to call from property tests. Each returns the
/// violations it finds, as sentences; an empty list means the invariant holds.
/// </summary>
public static class RightsInvariants
{
    /// <summary>
    /// Every invariant of a rights tree, as every area's <c>XxxInvariants.Check</c> does: no right exceeds its
    /// ancestors, and none outlives a revocation of one of them.
    /// </summary>
    /// <param name="tree">The tree to check.</param>
    /// <returns>The violations; empty when every invariant holds.</returns>
    public static IReadOnlyList<string> Check(GovernanceRight tree) =>
        [.. NoRightExceedsItsAncestors(tree), .. NoDescendantOutlivesARevocation(tree)];

    /// <summary>
    /// No right exceeds any of its ancestors: not in powers, scope, validity or resources, and it stays on their
    /// side and does not sit at a higher level.
    /// </summary>
    /// <param name="tree">The tree to check.</param>
    /// <returns>The violations.</returns>
    public static IReadOnlyList<string> NoRightExceedsItsAncestors(GovernanceRight tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var violations = new List<string>();

        // One depth-first walk from the original right: the path to the current right is its chain of ancestors,
        // so no chain is rebuilt per right. A right the walk never reaches is a violation of its own.
        var path = new List<HeldRight>();
        var reached = 0;
        foreach (var right in tree.SelfAndDescendantRightsOf(tree.Id))
        {
            reached++;
            while (path.Count > 0 && path[^1].Id != right.DelegatedFrom)
            {
                path.RemoveAt(path.Count - 1);
            }

            if (right.DelegatedFrom is not null && path.Count == 0)
            {
                violations.Add($"{right.Id} is not reached from the right it was delegated from, {right.DelegatedFrom}");
            }

            foreach (var ancestor in path)
            {
                Compare(right, ancestor, violations);
            }

            path.Add(right);
        }

        if (reached != tree.Rights.Count)
        {
            violations.Add($"{tree.Rights.Count - reached} rights of {tree.Id} are not reached from the original right");
        }

        return violations;
    }

    private static void Compare(HeldRight right, HeldRight ancestor, List<string> violations)
    {
        if (!right.Powers.IsSubsetOf(ancestor.Powers))
        {
            violations.Add($"{right.Id} has powers {right.Powers} beyond {ancestor.Id}'s {ancestor.Powers}");
        }

        if (right.Scope.Side != ancestor.Scope.Side || !ancestor.Terms.Covers(right.Scope))
        {
            violations.Add($"{right.Id}'s scope {right.Scope} is not within {ancestor.Id}'s {ancestor.Scope}");
        }

        if (!IsWithin(right.Validity, ancestor.Validity))
        {
            violations.Add($"{right.Id}'s validity {right.Validity} is not within {ancestor.Id}'s {ancestor.Validity}");
        }

        if (!right.Terms.Resources.IsWithin(ancestor.Terms.Resources))
        {
            violations.Add($"{right.Id}'s resources exceed {ancestor.Id}'s");
        }

        if (right.Source != ancestor.Source)
        {
            violations.Add($"{right.Id}'s source {right.Source} differs from {ancestor.Id}'s {ancestor.Source}");
        }
    }

    /// <summary>Every right delegated from a revoked right was revoked no later than it.</summary>
    /// <param name="tree">The tree to check.</param>
    /// <returns>The violations.</returns>
    public static IReadOnlyList<string> NoDescendantOutlivesARevocation(GovernanceRight tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var violations = new List<string>();
        foreach (var revoked in tree.Rights.Where(r => r.RevokedAt.HasValue))
        {
            foreach (var descendant in tree.SelfAndDescendantRightsOf(revoked.Id))
            {
                if (descendant.RevokedAt is not { } at || at > revoked.RevokedAt!.Value)
                {
                    violations.Add($"{descendant.Id} outlives the revocation of {revoked.Id} at {revoked.RevokedAt}");
                }
            }
        }

        return violations;
    }

    private static bool IsWithin(Interval inner, Interval outer) =>
        (!outer.HasStart || (inner.HasStart && inner.Start >= outer.Start)) && (!outer.HasEnd || (inner.HasEnd && inner.End <= outer.End));
}
