using CommunityGovernance.Rights;
using CommunityGovernance.Testing.Rights;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CommunityGovernance.Domain.Tests.Rights;

/// <summary>The invariants of governance rights over random hierarchies and random delegation trees up to depth 6.</summary>
public sealed class RightsPropertyTests
{
    [ScaledProperty(Arbitrary = new[] { typeof(RightsArbitraries) })]
    public Property No_right_ever_exceeds_its_ancestors(RightsScenario scenario)
    {
        var violations = scenario.Trees.SelectMany(RightsInvariants.NoRightExceedsItsAncestors).ToList();
        return (violations.Count == 0).Label(string.Join("; ", violations.Take(3)))
            .Classify(scenario.Trees.Any(t => t.Rights.Any(r => t.ChainTo(r.Id).Count >= 4)), "with chains of depth 4 or more");
    }

    [ScaledProperty(Arbitrary = new[] { typeof(RightsArbitraries) })]
    public Property Walking_a_subtree_reads_the_rights_the_ids_of_the_subtree_name_in_the_same_order(RightsScenario scenario)
    {
        var differing = scenario.Trees
            .SelectMany(t => t.Rights.Select(r => (Tree: t, r.Id)))
            .Where(s => !s.Tree.SelfAndDescendantRightsOf(s.Id).SequenceEqual(s.Tree.SelfAndDescendantsOf(s.Id).Select(id => s.Tree.Find(id)!)))
            .Select(s => s.Id.Value)
            .ToList();
        return (differing.Count == 0).Label(string.Join("; ", differing.Take(3)))
            .Classify(scenario.Trees.Any(t => t.Rights.Any(r => r.IsRevoked)), "with revoked rights");
    }

    [ScaledProperty(Arbitrary = new[] { typeof(RightsArbitraries) })]
    public Property No_upward_delegation_is_ever_accepted(RightsScenario scenario)
    {
        var upward = scenario.Delegations.Where(d => d.IsUpward).ToList();
        return upward.All(d => !d.WasAccepted).Label("an upward delegation was accepted")
            .Classify(upward.Count > 0, "with upward attempts");
    }

    [ScaledProperty(Arbitrary = new[] { typeof(RightsArbitraries) })]
    public Property Every_refused_command_names_a_rule_and_changes_nothing(RightsScenario scenario)
    {
        var changed = scenario.Refusals.Where(r => !r.LeftTreeUnchanged || string.IsNullOrEmpty(r.Rule)).ToList();
        return (changed.Count == 0).Label(string.Join("; ", changed.Take(3)))
            .Classify(scenario.Refusals.Count > 0, "with refusals");
    }

    [ScaledProperty(Arbitrary = new[] { typeof(RightsArbitraries) })]
    public Property After_a_revocation_no_descendant_is_live(RightsScenario scenario)
    {
        var violations = scenario.Trees.SelectMany(RightsInvariants.NoDescendantOutlivesARevocation).ToList();
        var liveAfter = scenario.Trees.SelectMany(t => t.Rights.Where(r => r.RevokedAt.HasValue)
            .SelectMany(r => t.SelfAndDescendantRightsOf(r.Id))
            .Where(d => d.IsLiveAt(t.Rights.Where(r => r.RevokedAt.HasValue).Min(r => r.RevokedAt!.Value) + NodaTime.Duration.FromDays(10_000))))
            .ToList();
        return (violations.Count == 0 && liveAfter.Count == 0).Label(string.Join("; ", violations.Take(3)))
            .Classify(scenario.Events.OfType<GovernanceRightRevoked>().Any(e => e.Revoked.Count > 1), "with cascades");
    }

    [ScaledProperty(Arbitrary = new[] { typeof(RightsArbitraries) })]
    public Property The_fast_check_agrees_with_the_reference_model_on_every_query(RightsScenario scenario)
    {
        var index = GovernanceRightsIndex.Build(scenario.Events);
        var reference = ReferenceRightsModel.Of(scenario.Trees);
        var disagreements = scenario.Queries.Where(q => q.AskOf(index) != q.AskOf(reference)).ToList();
        return (disagreements.Count == 0).Label(string.Join("; ", disagreements.Take(3)))
            .Classify(scenario.Queries.Count(q => q.AskOf(reference)) > 0, "with some allowed");
    }

    [ScaledProperty(Arbitrary = new[] { typeof(RightsArbitraries) })]
    public Property Powers_over_a_unit_agree_with_the_reference_model(RightsScenario scenario)
    {
        var index = GovernanceRightsIndex.Build(scenario.Events);
        var reference = ReferenceRightsModel.Of(scenario.Trees);
        var disagreements = scenario.Queries
            .Where(q => index.PowersOver(q.Actor, q.Unit, q.At) != reference.PowersOver(q.Actor, q.Unit, q.At))
            .ToList();
        return (disagreements.Count == 0).Label(string.Join("; ", disagreements.Take(3)));
    }

    [ScaledProperty(Arbitrary = new[] { typeof(RightsArbitraries) })]
    public Property Every_explanation_is_a_true_chain_of_rights(RightsScenario scenario)
    {
        var index = GovernanceRightsIndex.Build(scenario.Events);
        var reference = ReferenceRightsModel.Of(scenario.Trees);
        var untrue = scenario.Queries
            .Where(q => !reference.IsTrueAccount(index.Explain(q.Actor, q.Power, q.Unit, q.At), q))
            .ToList();
        return (untrue.Count == 0).Label(string.Join("; ", untrue.Take(3)));
    }

    [ScaledProperty(Arbitrary = new[] { typeof(RightsArbitraries) })]
    public Property Every_tree_rebuilt_from_its_events_equals_the_live_one(RightsScenario scenario)
    {
        var byTree = scenario.Events.GroupBy(TreeOf(scenario)).ToDictionary(g => g.Key, g => g.ToList());
        return scenario.Trees
            .All(t => GovernanceRight.FromHistory(byTree[t.Id]).ToSnapshot() == t.ToSnapshot())
            .Label("a rebuilt tree differs");
    }

    internal static Func<CommunityGovernance.Kernel.DomainEvent, GovernanceRightId> TreeOf(RightsScenario scenario)
    {
        var treeOfRight = scenario.Trees.SelectMany(t => t.Rights.Select(r => (r.Id, Tree: t.Id))).ToDictionary(x => x.Id, x => x.Tree);
        return e => e switch
        {
            GovernanceRightGranted g => g.Right,
            GovernanceRightDelegated d => treeOfRight[d.Right],
            GovernanceRightRevoked r => treeOfRight[r.Right],
            GovernanceRightValidityShortened s => treeOfRight[s.Right],
            GovernanceRightValidityExtended x => treeOfRight[x.Right],
            ResourcesIntegrated i => i.Right,
            _ => throw new InvalidOperationException(e.GetType().Name),
        };
    }
}
