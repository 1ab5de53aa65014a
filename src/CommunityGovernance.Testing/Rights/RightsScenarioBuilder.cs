using System.Globalization;
using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;
using CommunityGovernance.Testing.Communities;
using NodaTime;

namespace CommunityGovernance.Testing.Rights;

/// <summary>Plays a scenario's steps against real aggregates, recording what was accepted and what refused.</summary>
internal sealed class RightsScenarioBuilder
{
    private static readonly Instant Origin = Instant.FromUtc(2026, 1, 1, 0, 0);

    private readonly RightsHierarchy _hierarchy;
    private readonly List<ActorId> _actors;
    private readonly FixedCommunityDirectory _directory;
    private readonly List<GovernanceRight> _trees = [];
    private readonly List<DomainEvent> _events = [];
    private readonly List<DelegationAttempt> _delegations = [];
    private readonly List<RefusedCommand> _refusals = [];
    private Instant _now = Origin;
    private int _nextId;

    private RightsScenarioBuilder(RightsHierarchy hierarchy, List<ActorId> actors)
    {
        _hierarchy = hierarchy;
        _actors = actors;
        _directory = FixedCommunityDirectory.Of(
            Origin,
            [.. hierarchy.Districts.Concat(hierarchy.Streets).Concat(hierarchy.Communities).Select(CommunityUnit.Administrative),
                .. hierarchy.LivingCommunities.Select(CommunityUnit.Living)],
            actors);
    }

    public static RightsScenario Build(int seed, IReadOnlyList<int> steps)
    {
        var random = new Random(seed);
        var builder = new RightsScenarioBuilder(HierarchyFrom(random), ActorsFrom(random));
        builder.GrantAdministrative(random, builder._hierarchy.Districts[0]);
        foreach (var step in steps)
        {
            builder.Play(new Random(step));
        }

        return new RightsScenario(
            seed,
            steps,
            builder._hierarchy,
            builder._actors,
            builder._trees,
            builder._events,
            builder._delegations,
            builder._refusals,
            builder.QueriesFrom(random));
    }

    private static RightsHierarchy HierarchyFrom(Random random)
    {
        var city = AreaCode.Parse(string.Create(CultureInfo.InvariantCulture, $"{random.Next(11, 66)}{random.Next(1, 20):D2}"));
        var districts = Enumerable.Range(1, random.Next(1, 3)).Select(d => AreaCode.Parse(string.Create(CultureInfo.InvariantCulture, $"{city}{d:D2}"))).ToList();
        var streets = districts.SelectMany(d => Enumerable.Range(1, random.Next(1, 4)).Select(s => AreaCode.Parse(string.Create(CultureInfo.InvariantCulture, $"{d}{s:D3}")))).ToList();
        var communities = streets.SelectMany(s => Enumerable.Range(1, random.Next(1, 4)).Select(c => AreaCode.Parse(string.Create(CultureInfo.InvariantCulture, $"{s}{c:D3}")))).ToList();
        var living = Enumerable.Range(1, random.Next(1, 4)).Select(l => new LivingCommunityId(string.Create(CultureInfo.InvariantCulture, $"L{l}"))).ToList();
        return new RightsHierarchy(city, new(districts), new(streets), new(communities), new(living));
    }

    private static List<ActorId> ActorsFrom(Random random) =>
        [.. Enumerable.Range(1, random.Next(3, 9)).Select(a => new ActorId(string.Create(CultureInfo.InvariantCulture, $"A{a}")))];

    private void Play(Random random)
    {
        _now += Duration.FromHours(random.Next(0, 72));
        var kind = random.Next(20);
        if (kind < 2 || _trees.Count == 0)
        {
            GrantAdministrative(random, Pick(random, [.. _hierarchy.GovernedUnits]));
        }
        else if (kind < 4)
        {
            EstablishFromIntegration(random);
        }
        else if (kind < 15)
        {
            Delegate(random);
        }
        else if (kind < 17)
        {
            var tree = Pick(random, _trees);
            var right = PickRight(random, tree, preferStanding: random.Next(10) > 0);
            Try(tree, $"Revoke {right.Id}", () => tree.Revoke(right.Id, _now));
        }
        else if (kind < 18)
        {
            var tree = Pick(random, _trees);
            var right = PickRight(random, tree, preferStanding: true);
            var newEnd = _now + Duration.FromHours(random.Next(-24, 24 * 90));
            Try(tree, $"Shorten {right.Id}", () => tree.ShortenValidity(right.Id, newEnd, _now));
        }
        else if (kind < 19)
        {
            var tree = Pick(random, _trees);
            var right = PickRight(random, tree, preferStanding: true);
            var newEnd = (right.Validity.HasEnd ? right.Validity.End : _now) + Duration.FromHours(random.Next(-48, 24 * 60));
            Try(tree, $"Extend {right.Id}", () => tree.ExtendValidity(right.Id, newEnd, _now));
        }
        else
        {
            var tree = Pick(random, _trees);
            var integration = IntegrationFrom(random);
            Try(tree, $"Integrate into {tree.Id}", () => tree.IntegrateResources(integration, _now));
        }
    }

    private void GrantAdministrative(Random random, AreaCode scope)
    {
        var terms = new RightTerms(Pick(random, _actors), PowersFrom(random), CommunityUnit.Administrative(scope), ValidityFrom(random), AllowanceFrom(random));
        Keep(GovernanceRight.Grant(NextId(), terms, _directory, _now));
    }

    private void EstablishFromIntegration(Random random)
    {
        var scope = random.Next(2) == 0
            ? CommunityUnit.Living(Pick(random, _hierarchy.LivingCommunities))
            : CommunityUnit.Administrative(Pick(random, [.. _hierarchy.GovernedUnits]));
        var powers = PowersFrom(random).With(GovernancePower.ResourceAllocation);
        var terms = new RightTerms(Pick(random, _actors), powers, scope, ValidityFrom(random));
        Keep(GovernanceRight.FromIntegration(NextId(), terms, IntegrationFrom(random), _directory, _now));
    }

    private void Delegate(Random random)
    {
        var tree = Pick(random, _trees);
        var eligible = tree.Rights.Where(r => tree.ChainTo(r.Id).Count < RightsGenerators.MaxDelegationDepth).ToList();
        var from = random.Next(10) > 0 && eligible.Any(r => !r.IsRevoked) ? Pick(random, eligible.Where(r => !r.IsRevoked).ToList()) : Pick(random, eligible);
        var lawful = random.Next(5) > 0;
        var terms = new RightTerms(
            Pick(random, _actors),
            lawful || random.Next(2) == 0 ? SubsetOf(random, from.Powers) : PowersFrom(random),
            lawful || random.Next(2) == 0 ? ScopeWithin(random, from.Scope) : Pick(random, [.. _hierarchy.AllUnits]),
            lawful || random.Next(2) == 0 ? ValidityWithin(random, from.Validity) : Widened(random, from.Validity),
            lawful || random.Next(2) == 0 ? AllowanceWithin(random, from.Terms.Resources) : from.Terms.Resources.Add(AllowanceFrom(random)));

        var before = tree.ToSnapshot();
        try
        {
            tree.Delegate(from.Id, NextId(), terms, _directory, _now);
            _events.AddRange(tree.DequeuePendingEvents());
            _delegations.Add(new DelegationAttempt(from, terms, null, true));
        }
        catch (DomainRuleViolationException refusal)
        {
            var unchanged = tree.ToSnapshot() == before && tree.PendingEvents.Count == 0;
            _delegations.Add(new DelegationAttempt(from, terms, refusal.Rule, unchanged));
            _refusals.Add(new RefusedCommand($"Delegate from {from.Id}", refusal.Rule, unchanged));
        }
    }

    private void Try(GovernanceRight tree, string command, Action action)
    {
        var before = tree.ToSnapshot();
        try
        {
            action();
            _events.AddRange(tree.DequeuePendingEvents());
        }
        catch (DomainRuleViolationException refusal)
        {
            _refusals.Add(new RefusedCommand(command, refusal.Rule, tree.ToSnapshot() == before && tree.PendingEvents.Count == 0));
        }
    }

    private void Keep(GovernanceRight tree)
    {
        _trees.Add(tree);
        _events.AddRange(tree.DequeuePendingEvents());
    }

    private List<RightsQuery> QueriesFrom(Random random)
    {
        var units = _hierarchy.AllUnits.Append(CommunityUnit.Living(new LivingCommunityId("L-unknown"))).ToList();
        var actors = _actors.Append(new ActorId("A-unknown")).ToList();
        var instants = new List<Instant> { Origin - Duration.FromDays(400), _now, _now + Duration.FromDays(800) };
        foreach (var right in _trees.SelectMany(t => t.Rights))
        {
            if (right.Validity.HasStart)
            {
                instants.Add(right.Validity.Start);
                instants.Add(right.Validity.Start - Duration.Epsilon);
            }

            if (right.Validity.HasEnd)
            {
                instants.Add(right.Validity.End);
                instants.Add(right.Validity.End - Duration.Epsilon);
            }

            if (right.RevokedAt is { } revokedAt)
            {
                instants.Add(revokedAt);
                instants.Add(revokedAt - Duration.Epsilon);
            }
        }

        return [.. Enumerable.Range(0, 200).Select(_ => new RightsQuery(
            Pick(random, actors),
            (GovernancePower)random.Next(1, 5),
            Pick(random, units),
            random.Next(3) == 0 ? Origin + Duration.FromMinutes(random.Next(-60 * 24 * 100, 60 * 24 * 500)) : Pick(random, instants)))];
    }

    private GovernanceRightId NextId() => new(string.Create(CultureInfo.InvariantCulture, $"R{_nextId++}"));

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static HeldRight PickRight(Random random, GovernanceRight tree, bool preferStanding)
    {
        var rights = tree.Rights.OrderBy(r => r.Id).ToList();
        var standing = rights.Where(r => !r.IsRevoked).ToList();
        return Pick(random, preferStanding && standing.Count > 0 ? standing : rights);
    }

    private static GovernancePowers PowersFrom(Random random) => GovernancePowers.FromBits((byte)random.Next(1, 16));

    private static GovernancePowers SubsetOf(Random random, GovernancePowers powers)
    {
        var subset = powers.Intersect(PowersFrom(random));
        return subset.IsEmpty ? GovernancePowers.Of(powers.ToEnumerable().First()) : subset;
    }

    private CommunityUnit ScopeWithin(Random random, CommunityUnit scope)
    {
        if (scope.IsLiving)
        {
            return scope;
        }

        var within = _hierarchy.GovernedUnits.Where(u => u.IsWithin(scope.AreaCode)).ToList();
        return within.Count == 0 ? scope : CommunityUnit.Administrative(Pick(random, within));
    }

    private Interval ValidityFrom(Random random)
    {
        Instant? start = random.Next(6) == 0 ? null : _now + Duration.FromDays(random.Next(-30, 30));
        Instant? end = random.Next(6) == 0 ? null : (start ?? _now) + Duration.FromDays(random.Next(1, 400));
        return new Interval(start, end);
    }

    private Interval ValidityWithin(Random random, Interval outer)
    {
        var low = outer.HasStart ? outer.Start : _now - Duration.FromDays(60);
        var high = outer.HasEnd ? outer.End : _now + Duration.FromDays(500);
        var span = (high - low).TotalMinutes;
        if (span < 2)
        {
            return outer;
        }

        var a = low + Duration.FromMinutes(Math.Floor(random.NextDouble() * (span - 1)));
        var b = a + Duration.FromMinutes(1 + Math.Floor(random.NextDouble() * ((high - a).TotalMinutes - 1)));
        Instant? start = outer.HasStart || random.Next(3) > 0 ? a : null;
        Instant? end = outer.HasEnd || random.Next(3) > 0 ? (b <= high ? b : high) : null;
        return new Interval(start, end);
    }

    private static Interval Widened(Random random, Interval outer)
    {
        Instant? start = outer.HasStart && random.Next(2) == 0 ? outer.Start - Duration.FromDays(random.Next(1, 30)) : (outer.HasStart ? outer.Start : null);
        Instant? end = outer.HasEnd ? outer.End + Duration.FromDays(random.Next(1, 30)) : null;
        return new Interval(start, end);
    }

    private static ResourceAllowance AllowanceFrom(Random random) =>
        new(random.Next(0, 100_000), random.Next(0, 500), random.Next(0, 1_000), random.Next(0, 1_000));

    private static ResourceAllowance AllowanceWithin(Random random, ResourceAllowance ceiling) => new(
        random.NextInt64(0, ceiling.Funds + 1),
        random.NextInt64(0, ceiling.Venues + 1),
        random.NextInt64(0, ceiling.Services + 1),
        random.NextInt64(0, ceiling.Volunteers + 1));

    private ResourceIntegration IntegrationFrom(Random random) => new(
        Pick(random, _actors),
        random.Next(2) == 0 ? ResourcePartnerKind.Enterprise : ResourcePartnerKind.SocialOrganisation,
        new ResourceAllowance(random.Next(1, 50_000), random.Next(0, 200), random.Next(0, 500), random.Next(0, 500)));
}
