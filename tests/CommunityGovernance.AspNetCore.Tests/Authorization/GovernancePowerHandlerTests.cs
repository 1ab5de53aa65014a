using CommunityGovernance.Actors;
using CommunityGovernance.AspNetCore.Authorization;
using CommunityGovernance.Communities;
using CommunityGovernance.Rights;
using CommunityGovernance.Testing.Communities;
using CommunityGovernance.Testing.Rights;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using NodaTime;

namespace CommunityGovernance.AspNetCore.Tests.Authorization;

public sealed class GovernancePowerHandlerTests
{
    private static readonly Instant s_granted = Instant.FromUtc(2026, 1, 6, 1, 0);
    private static readonly Instant s_now = Instant.FromUtc(2026, 4, 30, 9, 0);
    private static readonly ActorId s_district = new("QZF-510115");
    private static readonly ActorId s_street = new("JD-510115001");
    private static readonly ActorId s_committee = new("JWH-510115001001");
    private static readonly AreaCode s_districtCode = AreaCode.Parse("510115");
    private static readonly AreaCode s_streetCode = AreaCode.Parse("510115001");
    private static readonly AreaCode s_heping = AreaCode.Parse("510115001001");
    private static readonly AreaCode s_otherStreetCommunity = AreaCode.Parse("510115004024");

    public static Arbitrary<RightsScenario> Scenarios() => RightsArbitraries.Scenario();

    // Through AuthorizeAsync, the handler says yes exactly when the rights index does, for every query of a generated
    // world of rights, and a refusal carries the index's own explanation.
    [ScaledProperty(Arbitrary = [typeof(GovernancePowerHandlerTests)])]
    public Property Through_AuthorizeAsync_it_answers_as_the_rights_index_and_a_refusal_carries_its_explanation(RightsScenario scenario)
    {
        using var world = new HandlerWorld(scenario.Events, s_now);
        foreach (var query in scenario.Queries)
        {
            var result = world.Authorize(HandlerWorld.User(query.Actor.Value), new GovernanceResource(query.Unit, query.At), query.Power);
            var expected = world.Index.MayExercise(query.Actor, query.Power, query.Unit, query.At);
            if (result.Succeeded != expected)
            {
                return false.Label($"{query}: the handler says {result.Succeeded}, the index {expected}");
            }

            if (!expected)
            {
                var reason = world.Index.Explain(query.Actor, query.Power, query.Unit, query.At).Reason;
                if (result.Failure?.FailureReasons.Any(r => r.Message == reason) != true)
                {
                    return false.Label($"{query}: the refusal does not carry '{reason}'");
                }
            }
        }

        return true.ToProperty();
    }

    [Fact]
    public void A_street_office_may_set_tasks_in_its_communities_and_a_residents_committee_may_not_inspect_them()
    {
        using var world = new HandlerWorld(Rights(), s_now);

        Assert.True(world.Authorize(HandlerWorld.User(s_street.Value), CommunityUnit.Administrative(s_heping), GovernancePower.TaskSetting).Succeeded);
        Assert.True(world.Authorize(HandlerWorld.User(s_committee.Value), CommunityUnit.Administrative(s_heping), GovernancePower.TaskSetting).Succeeded);
        Assert.False(world.Authorize(HandlerWorld.User(s_committee.Value), CommunityUnit.Administrative(s_heping), GovernancePower.InspectionAndAssessment).Succeeded);
        Assert.False(world.Authorize(HandlerWorld.User(s_street.Value), CommunityUnit.Administrative(s_otherStreetCommunity), GovernancePower.TaskSetting).Succeeded);
    }

    [Fact]
    public void Every_resource_that_names_a_unit_is_understood()
    {
        using var world = new HandlerWorld(Rights(), s_now);
        var user = HandlerWorld.User(s_street.Value);
        var http = new DefaultHttpContext();
        http.Request.RouteValues["areaCode"] = s_heping.ToString();

        foreach (var resource in new object[] { CommunityUnit.Administrative(s_heping), s_heping, AdministrativeCommunityId.Parse(s_heping.ToString()), new GovernanceResource(CommunityUnit.Administrative(s_heping)), http })
        {
            Assert.True(world.Authorize(user, resource, GovernancePower.TaskSetting).Succeeded, resource.GetType().Name);
        }
    }

    [Fact]
    public void The_instant_a_resource_names_is_the_one_checked_and_otherwise_the_clock_s_now()
    {
        using var world = new HandlerWorld(Rights(), s_now);
        var user = HandlerWorld.User(s_street.Value);
        var beforeTheYear = Instant.FromUtc(2025, 12, 1, 0, 0);

        Assert.False(world.Authorize(user, new GovernanceResource(CommunityUnit.Administrative(s_heping), beforeTheYear), GovernancePower.TaskSetting).Succeeded);
        world.Clock.Reset(beforeTheYear);
        Assert.False(world.Authorize(user, CommunityUnit.Administrative(s_heping), GovernancePower.TaskSetting).Succeeded);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_user_without_an_actor_claim_is_refused(string? actor)
    {
        using var world = new HandlerWorld(Rights(), s_now);

        var result = world.Authorize(HandlerWorld.User(actor), CommunityUnit.Administrative(s_heping), GovernancePower.TaskSetting);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public void The_actor_claim_is_the_configured_one()
    {
        using var world = new HandlerWorld(Rights(), s_now, options => options.ActorClaimType = "sub");

        Assert.True(world.Authorize(HandlerWorld.User(s_street.Value, "sub"), CommunityUnit.Administrative(s_heping), GovernancePower.TaskSetting).Succeeded);
        Assert.False(world.Authorize(HandlerWorld.User(s_street.Value), CommunityUnit.Administrative(s_heping), GovernancePower.TaskSetting).Succeeded);
    }

    [Fact]
    public void A_resource_that_names_no_unit_is_refused()
    {
        using var world = new HandlerWorld(Rights(), s_now);

        Assert.False(world.Authorize(HandlerWorld.User(s_street.Value), "510115001001", GovernancePower.TaskSetting).Succeeded);
        Assert.False(world.Authorize(HandlerWorld.User(s_street.Value), new DefaultHttpContext(), GovernancePower.TaskSetting).Succeeded);
    }

    [Fact]
    public void A_refusal_logs_the_explanation_with_the_power_and_the_unit_but_not_the_actor()
    {
        using var world = new HandlerWorld(Rights(), s_now);

        world.Authorize(HandlerWorld.User(s_committee.Value), CommunityUnit.Administrative(s_heping), GovernancePower.InspectionAndAssessment);

        var reason = world.Index.Explain(s_committee, GovernancePower.InspectionAndAssessment, CommunityUnit.Administrative(s_heping), s_now).Reason;
        var line = Assert.Single(world.Logs.Lines, l => l.StartsWith("Refused", StringComparison.Ordinal));
        Assert.Contains(reason, line, StringComparison.Ordinal);
        Assert.Contains("InspectionAndAssessment", line, StringComparison.Ordinal);
        Assert.Contains("administrative:510115001001", line, StringComparison.Ordinal);
        Assert.DoesNotContain(s_committee.Value, line, StringComparison.Ordinal);
    }

    [Fact]
    public void The_four_policies_are_one_per_power()
    {
        var names = Enum.GetValues<GovernancePower>().Select(GovernancePolicies.For).ToList();

        Assert.Equal(4, names.Distinct().Count());
        Assert.Throws<ArgumentOutOfRangeException>(() => GovernancePolicies.For((GovernancePower)99));
        Assert.All(Enum.GetValues<GovernancePower>(), p => Assert.Equal(p, GovernancePowerRequirement.For(p).Power));
    }

    /// <summary>The units and actors of <see cref="Rights"/>, known from the start of 2026.</summary>
    internal static FixedCommunityDirectory Directory { get; } = FixedCommunityDirectory.Of(
        Instant.FromUtc(2026, 1, 1, 0, 0),
        [CommunityUnit.Administrative(s_districtCode), CommunityUnit.Administrative(s_streetCode), CommunityUnit.Administrative(s_heping), CommunityUnit.Administrative(s_otherStreetCommunity)],
        [s_district, s_street, s_committee, new ActorId("JM-0001")]);

    // The district grants itself everything, delegates all of it to one street and the two middle powers on to one community.
    internal static IReadOnlyList<Kernel.DomainEvent> Rights()
    {
        var year = new NodaTime.Interval(Instant.FromUtc(2026, 1, 1, 0, 0), Instant.FromUtc(2027, 1, 1, 0, 0));
        var tree = GovernanceRight.Grant(new GovernanceRightId("WJ-510115"), new RightTerms(s_district, GovernancePowers.All, CommunityUnit.Administrative(s_districtCode), year), Directory, s_granted);
        tree.Delegate(new GovernanceRightId("WJ-510115"), new GovernanceRightId("WJ-510115001"), new RightTerms(s_street, GovernancePowers.All, CommunityUnit.Administrative(s_streetCode), year), Directory, s_granted);
        tree.Delegate(
            new GovernanceRightId("WJ-510115001"),
            new GovernanceRightId("WJ-510115001001"),
            new RightTerms(s_committee, GovernancePowers.Of(GovernancePower.TaskSetting, GovernancePower.TimeScheduling), CommunityUnit.Administrative(s_heping), year),
            Directory,
            s_granted);
        return [.. tree.PendingEvents];
    }
}
