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
using Interval = NodaTime.Interval;

namespace CommunityGovernance.Domain.Tests.Rights;

/// <summary>
/// The index's two ways of finding a holder's rights (a short chain, or per level once the holder has many) and its
/// two ways of reading time (a number within about 292 years of 1970, the exact interval beyond) must all give the
/// reference model's answers. The general scenarios rarely hold one actor to many rights or reach far instants;
/// these do so on purpose.
/// </summary>
public sealed class GovernanceRightsIndexLayoutTests
{
    private static readonly ActorId Holder = new("H");
    private static readonly ActorId City = new("CITY");
    private static readonly ActorId Partner = new("PARTNER");
    private static readonly AreaCode CityCode = AreaCode.Parse("5101");
    private static readonly LivingCommunityId[] LivingCommunities = [new("L1"), new("L2")];

    // Every unit of a small city: 2 districts, 3 streets each, 3 communities per street.
    private static readonly AreaCode[] Units =
    [
        CityCode,
        .. from d in Enumerable.Range(15, 2)
           let district = AreaCode.Parse(string.Create(CultureInfo.InvariantCulture, $"5101{d}"))
           from unit in new[] { district }.Concat(
               from s in Enumerable.Range(1, 3)
               let street = AreaCode.Parse(string.Create(CultureInfo.InvariantCulture, $"{district}{s:D3}"))
               from u in new[] { street }.Concat(Enumerable.Range(1, 3).Select(c => AreaCode.Parse(string.Create(CultureInfo.InvariantCulture, $"{street}{c:D3}"))))
               select u)
           select unit,
    ];

    // Instants both inside and beyond the range the check reads as numbers (1678 to 2261).
    private static readonly Instant[] Years =
        [.. new[] { 1500, 1677, 1679, 1900, 2026, 2027, 2260, 2263, 2400, 2600 }.Select(y => Instant.FromUtc(y, 6, 1, 0, 0))];

    public static Arbitrary<(int Seed, int Steps)> Plays() =>
        Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Choose(0, 40)).ToArbitrary();

    [ScaledProperty(Arbitrary = [typeof(GovernanceRightsIndexLayoutTests)])]
    public Property One_holder_of_any_number_of_rights_is_answered_as_the_reference_model_answers((int Seed, int Steps) play)
    {
        var (trees, queries) = Play(play.Seed, play.Steps);
        var index = GovernanceRightsIndex.Build(trees.SelectMany(t => t.PendingEvents));

        // A bulk build (events through a prefetching window) and events applied one by one must not differ.
        var oneByOne = new GovernanceRightsIndex();
        foreach (var e in trees.SelectMany(t => t.PendingEvents))
        {
            oneByOne.Apply(e);
        }

        var reference = ReferenceRightsModel.Of(trees);
        var wrong = queries.Where(q =>
                q.AskOf(index) != q.AskOf(reference)
                || q.AskOf(oneByOne) != q.AskOf(reference)
                || oneByOne.PowersOver(q.Actor, q.Unit, q.At) != index.PowersOver(q.Actor, q.Unit, q.At)
                || index.PowersOver(q.Actor, q.Unit, q.At) != reference.PowersOver(q.Actor, q.Unit, q.At)
                || !reference.IsTrueAccount(index.Explain(q.Actor, q.Power, q.Unit, q.At), q)
                || !ExplainsNearestScope(index, trees, q))
            .ToList();
        var held = trees.Sum(t => t.Rights.Count(r => r.Holder == Holder));
        return (wrong.Count == 0).Label(string.Join("; ", wrong.Take(3)))
            .Classify(held >= GovernanceRightsIndex.ManyRights, "holder of many rights")
            .Classify(held is > 0 and < GovernanceRightsIndex.ManyRights, "holder of a few rights");
    }

    [Fact]
    public void A_right_bounded_beyond_the_numbered_range_is_live_exactly_within_its_bounds()
    {
        var terms = new RightTerms(Holder, GovernancePowers.All, CommunityUnit.Administrative(CityCode), new Interval(Year(1600), Year(2300)));
        var index = GovernanceRightsIndex.Build(GovernanceRight.Grant(new("R-FAR"), terms, EverythingExists.Directory, Year(1600)).PendingEvents);
        var community = CommunityUnit.Administrative(AreaCode.Parse("510115001001"));

        Assert.False(index.MayExercise(Holder, GovernancePower.TaskSetting, community, Year(1600) - Duration.Epsilon));
        Assert.True(index.MayExercise(Holder, GovernancePower.TaskSetting, community, Year(1600)));
        Assert.True(index.MayExercise(Holder, GovernancePower.TaskSetting, community, Year(1700)));
        Assert.True(index.MayExercise(Holder, GovernancePower.TaskSetting, community, Year(2200)));
        Assert.True(index.MayExercise(Holder, GovernancePower.TaskSetting, community, Year(2300) - Duration.Epsilon));
        Assert.False(index.MayExercise(Holder, GovernancePower.TaskSetting, community, Year(2300)));
        Assert.False(index.MayExercise(Holder, GovernancePower.TaskSetting, community, Instant.MaxValue));
        Assert.False(index.MayExercise(Holder, GovernancePower.TaskSetting, community, Instant.MinValue));
    }

    [Fact]
    public void A_validity_shortened_back_into_the_numbered_range_is_read_exactly_from_then_on()
    {
        var start = Year(2000) + Duration.FromNanoseconds(123);
        var tree = GovernanceRight.Grant(new("R-FAR"), new RightTerms(Holder, GovernancePowers.All, CommunityUnit.Administrative(CityCode), new Interval(start, Year(2600))), EverythingExists.Directory, start);
        tree.ShortenValidity(new("R-FAR"), Year(2040), Year(2030));
        var index = GovernanceRightsIndex.Build(tree.PendingEvents);
        var community = CommunityUnit.Administrative(AreaCode.Parse("510115001001"));

        Assert.Equal(new Interval(start, Year(2040)), index.Explain(Holder, GovernancePower.TaskSetting, community, Year(2039)).Chain.Single().Validity);
        Assert.False(index.MayExercise(Holder, GovernancePower.TaskSetting, community, start - Duration.Epsilon));
        Assert.True(index.MayExercise(Holder, GovernancePower.TaskSetting, community, start));
        Assert.False(index.MayExercise(Holder, GovernancePower.TaskSetting, community, Year(2040)));
        Assert.False(index.MayExercise(Holder, GovernancePower.TaskSetting, community, Year(2500)));
        Assert.False(index.MayExercise(Holder, GovernancePower.TaskSetting, community, Instant.MinValue));
    }

    [Fact]
    public void A_right_revoked_beyond_the_numbered_range_is_live_exactly_until_its_revocation()
    {
        var tree = GovernanceRight.Grant(new("R-FAR"), new RightTerms(Holder, GovernancePowers.All, CommunityUnit.Administrative(CityCode), new Interval(Year(2000), null)), EverythingExists.Directory, Year(2000));
        tree.Revoke(new("R-FAR"), Year(2400));
        var index = GovernanceRightsIndex.Build(tree.PendingEvents);
        var community = CommunityUnit.Administrative(AreaCode.Parse("510115001001"));

        Assert.True(index.MayExercise(Holder, GovernancePower.TaskSetting, community, Year(2100)));
        Assert.True(index.MayExercise(Holder, GovernancePower.TaskSetting, community, Year(2400) - Duration.Epsilon));
        Assert.False(index.MayExercise(Holder, GovernancePower.TaskSetting, community, Year(2400)));
        Assert.False(index.MayExercise(Holder, GovernancePower.TaskSetting, community, Instant.MaxValue));
        Assert.Equal(new Interval(Year(2000), null), index.Explain(Holder, GovernancePower.TaskSetting, community, Year(2100)).Chain.Single().Validity);
    }

    [Fact]
    public void A_holder_of_many_rights_is_explained_by_its_right_nearest_the_unit()
    {
        var root = GovernanceRight.Grant(new("R-CITY"), new RightTerms(City, GovernancePowers.All, CommunityUnit.Administrative(CityCode), new Interval(null, null)), EverythingExists.Directory, Year(2026));
        foreach (var (unit, i) in Units.Select((u, i) => (u, i)))
        {
            root.Delegate(new("R-CITY"), new(string.Create(CultureInfo.InvariantCulture, $"R-{i}")), new RightTerms(Holder, GovernancePowers.All, CommunityUnit.Administrative(unit), new Interval(null, null)), EverythingExists.Directory, Year(2026));
        }

        var index = GovernanceRightsIndex.Build(root.PendingEvents);
        var community = AreaCode.Parse("510116002003");

        var explained = index.Explain(Holder, GovernancePower.TaskSetting, CommunityUnit.Administrative(community), Year(2027));

        Assert.True(Units.Length > GovernanceRightsIndex.ManyRights);
        Assert.Equal(["R-CITY", $"R-{Array.IndexOf(Units, community)}"], explained.Chain.Select(l => l.Right.Value));
    }

    [Fact]
    public void A_holder_of_a_few_rights_is_explained_by_its_right_nearest_the_unit_even_when_that_is_the_older()
    {
        var root = GovernanceRight.Grant(new("R-CITY"), new RightTerms(City, GovernancePowers.All, CommunityUnit.Administrative(CityCode), new Interval(null, null)), EverythingExists.Directory, Year(2026));
        var community = CommunityUnit.Administrative(AreaCode.Parse("510115001002"));
        root.Delegate(new("R-CITY"), new("R-COMMUNITY"), new RightTerms(Holder, GovernancePowers.All, community, new Interval(null, null)), EverythingExists.Directory, Year(2026));
        root.Delegate(new("R-CITY"), new("R-DISTRICT"), new RightTerms(Holder, GovernancePowers.All, CommunityUnit.Administrative(AreaCode.Parse("510115")), new Interval(null, null)), EverythingExists.Directory, Year(2026));
        var index = GovernanceRightsIndex.Build(root.PendingEvents);

        var explained = index.Explain(Holder, GovernancePower.TaskSetting, community, Year(2027));

        Assert.Equal(["R-CITY", "R-COMMUNITY"], explained.Chain.Select(l => l.Right.Value));
    }

    [Fact]
    public void Among_rights_equally_near_the_unit_the_newest_explains_whatever_the_number_of_rights()
    {
        foreach (var others in new[] { 0, GovernanceRightsIndex.ManyRights })
        {
            var root = GovernanceRight.Grant(new("R-CITY"), new RightTerms(City, GovernancePowers.All, CommunityUnit.Administrative(CityCode), new Interval(null, null)), EverythingExists.Directory, Year(2026));
            var street = CommunityUnit.Administrative(AreaCode.Parse("510115001"));
            root.Delegate(new("R-CITY"), new("R-OLDER"), new RightTerms(Holder, GovernancePowers.All, street, new Interval(null, null)), EverythingExists.Directory, Year(2026));
            foreach (var i in Enumerable.Range(0, others))
            {
                root.Delegate(new("R-CITY"), new(string.Create(CultureInfo.InvariantCulture, $"R-ELSEWHERE-{i}")), new RightTerms(Holder, GovernancePowers.All, CommunityUnit.Administrative(AreaCode.Parse("510116002")), new Interval(null, null)), EverythingExists.Directory, Year(2026));
            }

            root.Delegate(new("R-CITY"), new("R-NEWER"), new RightTerms(Holder, GovernancePowers.All, street, new Interval(null, null)), EverythingExists.Directory, Year(2026));
            var index = GovernanceRightsIndex.Build(root.PendingEvents);

            var explained = index.Explain(Holder, GovernancePower.TaskSetting, CommunityUnit.Administrative(AreaCode.Parse("510115001003")), Year(2027));

            Assert.Equal(["R-CITY", "R-NEWER"], explained.Chain.Select(l => l.Right.Value));
        }
    }

    private static Instant Year(int year) => Instant.FromUtc(year, 1, 1, 0, 0);

    // The explanation ends at a right over the nearest scope among the holder's live rights that justify the answer.
    private static bool ExplainsNearestScope(GovernanceRightsIndex index, IReadOnlyList<GovernanceRight> trees, RightsQuery q)
    {
        var explained = index.Explain(q.Actor, q.Power, q.Unit, q.At);
        if (!explained.IsAllowed)
        {
            return true;
        }

        var nearest = trees.SelectMany(t => t.Rights)
            .Where(r => r.Holder == q.Actor && r.Powers.Contains(q.Power) && r.Terms.Covers(q.Unit) && r.IsLiveAt(q.At))
            .Max(r => LevelOf(r.Scope));
        return LevelOf(explained.Chain[^1].Scope) == nearest;
    }

    private static int LevelOf(CommunityUnit scope) => scope.IsLiving ? 0 : (int)scope.AreaCode.Level;

    private static (List<GovernanceRight> Trees, List<RightsQuery> Queries) Play(int seed, int steps)
    {
        var random = new Random(seed);
        // Commands are dated in order (the aggregate refuses a command dated before its last change), so the play
        // walks a clock from the 16th century to the 27th, across the range the check reads as numbers.
        var start = Years[random.Next(3)];
        var cityRight = GovernanceRight.Grant(new("R-CITY"), new RightTerms(City, GovernancePowers.All, CommunityUnit.Administrative(CityCode), ValidityFrom(random, start)), EverythingExists.Directory, start);
        var livingRight = GovernanceRight.FromIntegration(
            new("R-LIVING"),
            new RightTerms(Partner, GovernancePowers.All, CommunityUnit.Living(LivingCommunities[0]), ValidityFrom(random, start)),
            new ResourceIntegration(Partner, ResourcePartnerKind.Enterprise, new ResourceAllowance(1_000, 0, 0, 0)), EverythingExists.Directory,
            start);
        var trees = new List<GovernanceRight> { cityRight, livingRight };
        var ids = 0;
        var now = start;
        var moments = new List<Instant>(Years);
        for (var step = 0; step < steps; step++)
        {
            var tree = trees[random.Next(10) < 8 ? 0 : 1];
            var rights = tree.Rights.ToList();
            var from = rights[random.Next(rights.Count)];
            now += Duration.FromDays(random.Next(0, 30 * 365 / Math.Max(1, steps / 10)));
            var at = now;
            moments.Add(now);
            try
            {
                switch (random.Next(10))
                {
                    case < 7:
                        var scope = from.Scope.IsLiving ? from.Scope : CommunityUnit.Administrative(Within(random, from.Scope.AreaCode));
                        var bits = (byte)(from.Powers.Bits & random.Next(1, 16));
                        var powers = GovernancePowers.FromBits(bits == 0 ? from.Powers.Bits : bits);
                        var terms = new RightTerms(random.Next(4) == 0 ? City : Holder, powers, scope, ValidityWithin(random, from.Validity));
                        tree.Delegate(from.Id, new(string.Create(CultureInfo.InvariantCulture, $"R-{ids++}")), terms, EverythingExists.Directory, at);
                        break;
                    case < 8:
                        tree.Revoke(from.Id, at);
                        break;
                    case < 9:
                        tree.ShortenValidity(from.Id, at, at);
                        break;
                    default:
                        tree.ExtendValidity(from.Id, at + Duration.FromDays(random.Next(1, 40_000)), at);
                        break;
                }
            }
            catch (DomainRuleViolationException)
            {
                // A refused command changes nothing; the scenario goes on with the next step.
            }
        }

        // Half the questions are about a unit the holder holds a right over, where rights at several levels meet.
        var heldScopes = trees.SelectMany(t => t.Rights).Where(r => r.Holder == Holder).Select(r => r.Scope).ToList();
        var queries = Enumerable.Range(0, 40).Select(_ => new RightsQuery(
            random.Next(5) == 0 ? City : Holder,
            (GovernancePower)random.Next(1, 5),
            heldScopes.Count > 0 && random.Next(2) == 0 ? heldScopes[random.Next(heldScopes.Count)]
                : random.Next(6) == 0 ? CommunityUnit.Living(LivingCommunities[random.Next(2)]) : CommunityUnit.Administrative(Units[random.Next(Units.Length)]),
            moments[random.Next(moments.Count)] + Duration.FromDays(random.Next(-400, 400))))
            .ToList();
        return (trees, queries);
    }

    private static AreaCode Within(Random random, AreaCode scope)
    {
        var within = Units.Where(u => u.IsWithin(scope)).ToList();
        return within[random.Next(within.Count)];
    }

    // Mostly a lawful narrowing of the parent's validity, so that most delegations are accepted.
    private static Interval ValidityWithin(Random random, Interval outer)
    {
        var low = outer.HasStart ? outer.Start : Years[0] - Duration.FromDays(40_000);
        var high = outer.HasEnd ? outer.End : Years[^1] + Duration.FromDays(40_000);
        var span = (long)(high - low).TotalHours;
        if (span < 2)
        {
            return outer;
        }

        var a = low + Duration.FromHours(random.NextInt64(0, span));
        var b = low + Duration.FromHours(random.NextInt64(0, span));
        Instant? start = outer.HasStart || random.Next(4) > 0 ? Instant.Min(a, b) : null;
        Instant? end = outer.HasEnd || random.Next(4) > 0 ? Instant.Max(a, b) + Duration.FromHours(1) : null;
        return end is { } e && e > high ? new Interval(start, outer.HasEnd ? outer.End : e) : new Interval(start, end);
    }

    private static Interval ValidityFrom(Random random, Instant around)
    {
        Instant? start = random.Next(5) == 0 ? null : around - Duration.FromDays(random.Next(0, 40_000));
        Instant? end = random.Next(5) == 0 ? null : around + Duration.FromDays(random.Next(1, 450_000));
        return new Interval(start, end);
    }

    // Past ~1,300 rights the per-right arrays are large objects and live on the pinned object heap, growing by copy
    // from small ordinary arrays: an index that grows there from nothing answers as one sized for them up front, a
    // revocation included, and every right is found again.
    [Fact]
    public void An_index_grown_past_the_large_object_size_answers_as_one_made_for_its_size()
    {
        var root = GovernanceRight.Grant(new("R-CITY"), new RightTerms(City, GovernancePowers.All, CommunityUnit.Administrative(CityCode), new Interval(null, null)), EverythingExists.Directory, Year(2026));
        var communities = (from s in Enumerable.Range(1, 50)
                           from c in Enumerable.Range(1, 100)
                           select AreaCode.Parse(string.Create(CultureInfo.InvariantCulture, $"510115{s:D3}{c:D3}"))).ToArray();
        root.DelegateMany(
            [.. communities.Select((code, i) => new Delegation(new("R-CITY"), new(string.Create(CultureInfo.InvariantCulture, $"R-{i}")), new RightTerms(new ActorId(string.Create(CultureInfo.InvariantCulture, $"rc-{i}")), GovernancePowers.Of(GovernancePower.TaskSetting), CommunityUnit.Administrative(code), new Interval(null, null))))], EverythingExists.Directory,
            Year(2026));
        root.Revoke(new("R-7"), Year(2027));

        var grown = GovernanceRightsIndex.Build(root.PendingEvents);
        var sized = GovernanceRightsIndex.Build(root.PendingEvents, root.Rights.Count);

        Assert.Equal(communities.Length + 1, grown.Count);
        for (var i = 0; i < communities.Length; i++)
        {
            var actor = new ActorId(string.Create(CultureInfo.InvariantCulture, $"rc-{i}"));
            var unit = CommunityUnit.Administrative(communities[i]);
            var expected = i != 7;
            Assert.Equal(expected, grown.MayExercise(actor, GovernancePower.TaskSetting, unit, Year(2028)));
            Assert.Equal(expected, sized.MayExercise(actor, GovernancePower.TaskSetting, unit, Year(2028)));
            Assert.True(grown.MayExercise(actor, GovernancePower.TaskSetting, unit, Year(2026)));
            Assert.False(grown.MayExercise(actor, GovernancePower.TaskSetting, CommunityUnit.Administrative(communities[(i + 1) % communities.Length]), Year(2026)));
        }

        Assert.Equal(sized.Explain(new("rc-4999"), GovernancePower.TaskSetting, CommunityUnit.Administrative(communities[^1]), Year(2026)), grown.Explain(new("rc-4999"), GovernancePower.TaskSetting, CommunityUnit.Administrative(communities[^1]), Year(2026)));
    }
}
