using System.Globalization;
using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;
using CommunityGovernance.Testing.Rights;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static CommunityGovernance.Domain.Tests.Rights.GovernanceRightTests;
using Interval = NodaTime.Interval;

namespace CommunityGovernance.Domain.Tests.Rights;

/// <summary>A batch of delegations is the same as delegating one by one, except that a refused batch changes nothing.</summary>
public sealed class DelegateManyTests
{
    private static readonly GovernancePowers StreetPowers = GovernancePowers.Of(GovernancePower.TaskSetting, GovernancePower.TimeScheduling);

    [Fact]
    public void A_batch_delegates_to_a_street_and_on_to_its_community_raising_one_event_each_in_order()
    {
        var right = DistrictRight();
        right.DequeuePendingEvents();

        right.DelegateMany(
            [
                new(new("WJ-2026-001"), new("LC-2026-001"), new RightTerms(StreetOffice, StreetPowers, Street, new Interval(Day(0), Day(300)))),
                new(new("LC-2026-001"), new("RC-2026-001"), new RightTerms(ResidentsCommittee, GovernancePowers.Of(GovernancePower.TaskSetting), Community, new Interval(Day(10), Day(200)))),
            ], EverythingExists.Directory,
            Day(1));

        Assert.Equal(["LC-2026-001", "RC-2026-001"], right.PendingEvents.Cast<GovernanceRightDelegated>().Select(e => e.Right.Value));
        Assert.Equal(["WJ-2026-001", "LC-2026-001", "RC-2026-001"], right.ChainTo(new("RC-2026-001")).Select(r => r.Id.Value));
        Assert.Equal(Day(1), right.LastChangedAt);
    }

    [Fact]
    public void A_tree_of_a_thousand_rights_finds_each_by_id_and_lists_them_in_the_order_they_were_delegated()
    {
        var right = DistrictRight();
        var ids = Enumerable.Range(0, 1_000).Select(i => new GovernanceRightId($"RC-{i:D4}")).ToList();
        right.DelegateMany(
            [.. ids.Select(id => new Delegation(new("WJ-2026-001"), id, new RightTerms(ResidentsCommittee, StreetPowers, Community, Year2026)))], EverythingExists.Directory,
            Day(1));

        Assert.Equal(["WJ-2026-001", .. ids.Select(id => id.Value)], right.Rights.Select(r => r.Id.Value));
        Assert.All(ids, id => Assert.Equal(id, right.Find(id)!.Id));
        Assert.Null(right.Find(new("RC-1000")));
        Assert.Equal(1_001, right.Rights.Count);
    }

    [Fact]
    public void Walking_from_a_right_the_tree_does_not_hold_is_refused_at_once_naming_the_rule()
    {
        var right = DelegatedDownToTheCommunity();

        var error = Assert.Throws<DomainRuleViolationException>(() => right.SelfAndDescendantRightsOf(new("NO-SUCH-RIGHT")));

        Assert.Equal(GovernanceRightRules.GovernanceRightIsKnown, error.Rule);
        Assert.Equal(right.SelfAndDescendantsOf(right.Id), right.SelfAndDescendantRightsOf(right.Id).Select(r => r.Id));
    }

    [Fact]
    public void Delegating_while_the_rights_are_enumerated_throws_but_revoking_does_not()
    {
        var right = DistrictRight();
        right.Delegate(new("WJ-2026-001"), new("LC-2026-001"), new RightTerms(StreetOffice, StreetPowers, Street, Year2026), EverythingExists.Directory, Day(1));

        Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var held in right.Rights)
            {
                right.Delegate(new("WJ-2026-001"), new($"X-{held.Id}"), new RightTerms(StreetOffice, StreetPowers, Street, Year2026), EverythingExists.Directory, Day(2));
            }
        });

        // A revocation replaces rights the tree holds and adds none, as a dictionary's values may be replaced.
        var seen = new List<string>();
        foreach (var held in right.Rights)
        {
            seen.Add(held.Id.Value);
            if (!held.IsRevoked && held.Id.Value == "LC-2026-001")
            {
                right.Revoke(held.Id, Day(3));
            }
        }

        Assert.Equal(right.Rights.Select(r => r.Id.Value), seen);
        Assert.True(right.Find(new("LC-2026-001"))!.IsRevoked);
    }

    [Fact]
    public void A_batch_with_one_widening_delegation_is_refused_naming_the_rule_and_delegates_nothing()
    {
        var right = DistrictRight();
        var before = right.ToSnapshot();
        var version = right.Version;

        var error = Assert.Throws<DomainRuleViolationException>(() => right.DelegateMany(
            [
                new(new("WJ-2026-001"), new("LC-2026-001"), new RightTerms(StreetOffice, StreetPowers, Street, new Interval(Day(0), Day(300)))),
                new(new("LC-2026-001"), new("RC-2026-001"), new RightTerms(ResidentsCommittee, GovernancePowers.Of(GovernancePower.ResourceAllocation), Community, new Interval(Day(10), Day(200)))),
            ], EverythingExists.Directory,
            Day(1)));

        Assert.Equal(GovernanceRightRules.DelegationNarrowsPowers, error.Rule);
        Assert.Equal(before, right.ToSnapshot());
        Assert.Equal(version, right.Version);
        Assert.Null(right.Find(new("LC-2026-001")));
    }

    [Fact]
    public void An_id_used_twice_in_one_batch_or_a_parent_named_after_its_child_is_refused()
    {
        var street = new RightTerms(StreetOffice, StreetPowers, Street, new Interval(Day(0), Day(300)));
        var community = new RightTerms(ResidentsCommittee, StreetPowers, Community, new Interval(Day(0), Day(300)));

        var twice = Assert.Throws<DomainRuleViolationException>(() => DistrictRight().DelegateMany(
            [new(new("WJ-2026-001"), new("LC-2026-001"), street), new(new("WJ-2026-001"), new("LC-2026-001"), street)], EverythingExists.Directory, Day(1)));
        var childFirst = Assert.Throws<DomainRuleViolationException>(() => DistrictRight().DelegateMany(
            [new(new("LC-2026-001"), new("RC-2026-001"), community), new(new("WJ-2026-001"), new("LC-2026-001"), street)], EverythingExists.Directory, Day(1)));

        Assert.Equal(GovernanceRightRules.GovernanceRightIdIsUnique, twice.Rule);
        Assert.Equal(GovernanceRightRules.GovernanceRightIsKnown, childFirst.Rule);
    }

    [Fact]
    public void An_empty_batch_changes_nothing_and_a_missing_one_is_refused()
    {
        var right = DistrictRight();
        var before = right.ToSnapshot();

        right.DelegateMany([], EverythingExists.Directory, Day(-5));

        Assert.Equal(before, right.ToSnapshot());
        Assert.Single(right.PendingEvents);
        Assert.Equal(KernelRules.ValueIsRequired, Assert.Throws<DomainRuleViolationException>(() => right.DelegateMany(null!, EverythingExists.Directory, Day(1))).Rule);
    }

    [Fact]
    public void A_large_batch_finds_its_earlier_delegations_as_a_small_one_does()
    {
        var right = DistrictRight();
        var batch = new List<Delegation> { new(new("WJ-2026-001"), new("LC-2026-001"), new RightTerms(StreetOffice, StreetPowers, Street, Year2026)) };
        for (var c = 1; c <= 40; c++)
        {
            var unit = CommunityUnit.Administrative(AreaCode.Parse(string.Create(CultureInfo.InvariantCulture, $"510115001{c:D3}")));
            batch.Add(new(new("LC-2026-001"), new(string.Create(CultureInfo.InvariantCulture, $"RC-{c}")), new RightTerms(new ActorId(string.Create(CultureInfo.InvariantCulture, $"rc-{c}")), StreetPowers, unit, Year2026)));
        }

        right.DelegateMany(batch, EverythingExists.Directory, Day(1));
        batch.Add(new(new("LC-2026-001"), new("RC-7"), batch[7].Terms));
        var before = right.ToSnapshot();

        Assert.Equal(42, right.Rights.Count);
        Assert.Equal(GovernanceRightRules.GovernanceRightIdIsUnique, Assert.Throws<DomainRuleViolationException>(() => right.DelegateMany(batch[^1..], EverythingExists.Directory, Day(2))).Rule);
        Assert.Equal(before, right.ToSnapshot());
    }

    /// <summary>
    /// Any batch — lawful or not, from rights of the tree, from rights earlier in the batch or from unknown ones, with
    /// reused ids, at any instant — raises what delegating one by one raises, or is refused with the first refusal's
    /// rule and message and changes nothing.
    /// </summary>
    [ScaledProperty(Arbitrary = new[] { typeof(RightsArbitraries) })]
    public Property A_batch_equals_delegating_one_by_one_and_a_refused_batch_changes_nothing(RightsScenario scenario, int seed)
    {
        var random = new Random(seed);
        var byTree = scenario.Events.GroupBy(RightsPropertyTests.TreeOf(scenario)).ToDictionary(g => g.Key, g => g.ToList());
        var history = byTree[scenario.Trees[random.Next(scenario.Trees.Count)].Id];
        var oneByOne = GovernanceRight.FromHistory(history);
        var batched = GovernanceRight.FromHistory(history);
        var at = oneByOne.LastChangedAt + Duration.FromHours(random.Next(-6, 100));
        var batch = BatchFor(random, oneByOne, scenario);

        DomainRuleViolationException? refusal = null;
        foreach (var (from, id, terms) in batch)
        {
            try
            {
                oneByOne.Delegate(from, id, terms, EverythingExists.Directory, at);
            }
            catch (DomainRuleViolationException e)
            {
                refusal = e;
                break;
            }
        }

        var before = batched.ToSnapshot();
        var version = batched.Version;
        var batchRefusal = Record.Exception(() => batched.DelegateMany(batch, EverythingExists.Directory, at)) as DomainRuleViolationException;

        var holds = refusal is null
            ? batchRefusal is null && batched.ToSnapshot() == oneByOne.ToSnapshot() && batched.PendingEvents.SequenceEqual(oneByOne.PendingEvents)
            : batchRefusal is not null && batchRefusal.Rule == refusal.Rule && batchRefusal.Message == refusal.Message
                && batched.ToSnapshot() == before && batched.Version == version && batched.PendingEvents.Count == 0;
        return holds.Label($"one by one: {refusal?.Rule ?? "accepted"}; batch: {batchRefusal?.Rule ?? "accepted"}")
            .Classify(refusal is null, "accepted")
            .Classify(refusal is not null && oneByOne.PendingEvents.Count > 0, "refused after some were delegated")
            .Classify(batch.Skip(1).Any(d => batch.Any(e => e.Id == d.From)), "delegating from the batch");
    }

    // Up to 24 delegations (more than a small batch): mostly lawful, from the tree's rights or the batch's earlier ones,
    // some widening, some from unknown rights, some reusing ids.
    private static List<Delegation> BatchFor(Random random, GovernanceRight tree, RightsScenario scenario)
    {
        var known = tree.Rights.Select(r => (r.Id, r.Terms)).ToList();
        var units = scenario.Hierarchy.AllUnits.ToList();
        var batch = new List<Delegation>();
        var count = random.Next(1, 25);
        for (var i = 0; i < count; i++)
        {
            var (from, parent) = random.Next(12) == 0 ? (new GovernanceRightId("unknown"), known[0].Terms) : known[random.Next(known.Count)];
            var id = random.Next(15) == 0 ? known[random.Next(known.Count)].Id : new GovernanceRightId(string.Create(CultureInfo.InvariantCulture, $"B-{i}"));
            var lawful = random.Next(6) > 0;
            var terms = new RightTerms(
                scenario.Actors[random.Next(scenario.Actors.Count)],
                lawful ? GovernancePowers.FromBits((byte)(parent.Powers.Bits & random.Next(1, 16))) : GovernancePowers.FromBits((byte)random.Next(0, 16)),
                lawful ? parent.Scope : units[random.Next(units.Count)],
                lawful ? parent.Validity : new Interval(parent.Validity.HasStart ? parent.Validity.Start - Duration.FromDays(1) : null, null),
                lawful ? default : parent.Resources.Add(new ResourceAllowance(1, 0, 0, 0)));
            batch.Add(new(from, id, terms));
            known.Add((id, terms));
        }

        return batch;
    }
}
