using System.Text;
using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Kernel;
using CommunityGovernance.PropertyTesting;
using CommunityGovernance.Testing;
using CommunityGovernance.Testing.Actors;
using CommunityGovernance.Testing.Communities;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.TestingPackage;

/// <summary>
/// The Testing package's shared pieces: the case-count switch vendors' attributes read, the one home of instants and
/// of actor ids, and the real Wenjiang units embedded in the package.
/// </summary>
public sealed class SharedGeneratorsTests
{
    private static readonly Rnd s_seed = new(20261207UL, 11UL);

    [Theory]
    [InlineData(null, PropertyCases.Default)]
    [InlineData("", PropertyCases.Default)]
    [InlineData("  ", PropertyCases.Default)]
    [InlineData("1", 1)]
    [InlineData("100000", 100_000)]
    [InlineData(" 250 ", 250)]
    public void The_case_count_is_the_variable_or_the_default(string? value, int expected) =>
        Assert.Equal(expected, PropertyCases.Parse(value));

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("1e5")]
    [InlineData("many")]
    [InlineData("99999999999")]
    public void A_malformed_case_count_fails_loudly_naming_the_variable(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => PropertyCases.Parse(value));
        Assert.Contains(PropertyCases.Variable, error.Message, StringComparison.Ordinal);
        Assert.Contains(value, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_minimum_count_still_scales_with_the_switch()
    {
        Assert.Equal(Math.Max(5_000, PropertyCases.Count), PropertyCases.AtLeast(5_000));
        Assert.Equal(PropertyCases.Count, PropertyCases.AtLeast(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => PropertyCases.AtLeast(0));
    }

    [Fact]
    public void The_repository_attribute_runs_the_shipped_count() =>
        Assert.Equal(PropertyCases.Count, new ScaledPropertyAttribute().MaxTest);

    [ScaledProperty]
    public Property Instants_between_two_times_lie_in_the_span_on_the_grain(PositiveInt startHours, PositiveInt spanMinutes, PositiveInt stepMinutes)
    {
        var start = Instant.FromUtc(2024, 1, 1, 0, 0) + Duration.FromHours(startHours.Get % 50_000);
        var end = start + Duration.FromMinutes(spanMinutes.Get);
        var step = Duration.FromMinutes(stepMinutes.Get);
        var drawn = TimeGenerators.Between(start, end, step).Sample(50, s_seed, 10);
        return drawn.All(at => at >= start && at < end && (at - start).ToInt64Nanoseconds() % step.ToInt64Nanoseconds() == 0).ToProperty();
    }

    [Fact]
    public void Instants_between_reach_both_ends_of_the_span()
    {
        var start = Instant.FromUtc(2025, 1, 1, 0, 0);
        var drawn = TimeGenerators.Between(start, start + Duration.FromMinutes(25), Duration.FromMinutes(10)).Sample(200, s_seed, 10).ToHashSet();

        // Steps that start before the end: 0, 10 and 20 minutes; 30 would be past it.
        Assert.Equal([start, start + Duration.FromMinutes(10), start + Duration.FromMinutes(20)], drawn.Order());
    }

    [Fact]
    public void An_empty_span_or_a_step_that_is_not_positive_is_refused()
    {
        var at = Instant.FromUtc(2025, 1, 1, 0, 0);
        Assert.Throws<ArgumentOutOfRangeException>(() => TimeGenerators.Between(at, at, Duration.FromHours(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => TimeGenerators.Between(at, at + Duration.FromHours(1), Duration.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => TimeGenerators.Between(at, at + Duration.FromDays(3650), Duration.FromNanoseconds(1)));
    }

    [Fact]
    public void The_shared_instants_cover_the_decade_to_the_second()
    {
        var drawn = TimeGenerators.Instants.Sample(1_000, s_seed, 10);
        Assert.All(drawn, at => Assert.InRange(at, TimeGenerators.Start, TimeGenerators.End - Duration.FromSeconds(1)));
        Assert.All(drawn, at => Assert.Equal(0, (at - TimeGenerators.Start).ToInt64Nanoseconds() % 1_000_000_000));
        Assert.True(drawn.Distinct().Count() > 990);
    }

    [Fact]
    public void Actor_ids_span_their_grammar_and_a_pool_repeats_itself()
    {
        var ids = ActorGenerators.ActorIds.Sample(500, s_seed, 64);
        Assert.Contains(ids, id => id.Value.Length > 32);
        Assert.Contains(ids, id => id.Value.Length < 8);
        Assert.Contains(ids, id => id.Value.IndexOfAny(['-', '_', '.', ':']) >= 0);

        var pooled = ActorGenerators.ActorIdsFrom(3).Sample(200, s_seed, 10).Distinct().Select(id => id.Value).Order();
        Assert.Equal(["A1", "A2", "A3"], pooled);
        Assert.Throws<ArgumentOutOfRangeException>(() => ActorGenerators.ActorIdsFrom(0));
    }

    [Fact]
    public void The_embedded_Wenjiang_extract_is_the_repository_data_file()
    {
        using var embedded = RealDivisions.OpenWenjiangCsv();
        var file = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "wenjiang-510115.csv"), Encoding.UTF8);
        Assert.Equal(file, embedded.ReadToEnd());
    }

    [Fact]
    public void Wenjiang_is_a_new_district_with_its_real_streets_and_communities_on_every_call()
    {
        var at = Instant.FromUtc(2026, 1, 1, 0, 0);
        var first = RealDivisions.Wenjiang(at);
        var second = RealDivisions.Wenjiang(at);

        Assert.NotSame(first, second);
        Assert.Equal(RealDivisions.WenjiangCode, first.Code);
        Assert.Equal("温江区", first.Name);
        Assert.Equal(RealDivisions.WenjiangStreetCodes, first.Streets);
        Assert.Equal(9, RealDivisions.WenjiangStreetCodes.Count);
        Assert.Equal(95, RealDivisions.WenjiangCommunityIds.Count);
        Assert.Equal(RealDivisions.WenjiangCommunityIds, first.Streets.SelectMany(first.CommunitiesOf));
        Assert.True(first.TryGetName(AreaCode.Parse("510115001"), out var liucheng));
        Assert.Equal("柳城街道", liucheng);
    }

    [Fact]
    public void The_real_unit_lists_cannot_be_changed_through_a_cast()
    {
        Assert.False(RealDivisions.WenjiangCommunityIds is List<AdministrativeCommunityId>);
        Assert.Throws<NotSupportedException>(() => ((IList<AreaCode>)RealDivisions.WenjiangStreetCodes).Add(AreaCode.Parse("510115999")));
    }

    [ScaledProperty]
    public Property Real_communities_lie_in_a_real_street_of_Wenjiang()
    {
        var streets = RealDivisions.WenjiangStreetCodes.ToHashSet();
        return Prop.ForAll(
            CommunityGenerators.WenjiangCommunityId.ToArbitrary(),
            community => streets.Contains(community.StreetCode) && community.AreaCode.IsWithin(RealDivisions.WenjiangCode));
    }

    [Fact]
    public void Generated_administrative_communities_include_real_ones_and_others()
    {
        var real = RealDivisions.WenjiangCommunityIds.ToHashSet();
        var drawn = CommunityGenerators.AdministrativeCommunityId.Sample(400, s_seed, 10);
        Assert.InRange(drawn.Count(real.Contains), 40, 200);
        Assert.Contains(drawn, id => !id.AreaCode.IsWithin(RealDivisions.WenjiangCode));
    }

    [Fact]
    public void A_fresh_Wenjiang_establishes_through_the_aggregate_ready_for_a_store() =>
        Assert.NotEmpty(RealDivisions.Wenjiang(Instant.FromUtc(2026, 1, 1, 0, 0)).PendingEvents);
}
