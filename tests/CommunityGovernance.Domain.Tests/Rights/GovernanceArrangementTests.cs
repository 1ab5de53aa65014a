using CommunityGovernance.Actors;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;
using CommunityGovernance.Testing.Rights;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime.Testing;
using static CommunityGovernance.Domain.Tests.Rights.GovernanceRightTests;

namespace CommunityGovernance.Domain.Tests.Rights;

public sealed class GovernanceArrangementTests
{
    private static readonly ActorId Resident = new("resident-17");

    private static (GovernanceArrangement Arrangement, GovernanceRightsIndex Rights) CommunityArrangement()
    {
        var rights = GovernanceRightsIndex.Build(DelegatedDownToTheCommunity().PendingEvents);
        var arrangement = GovernanceArrangement.Make(new("GA-LC-001001"), Community, EverythingExists.Directory, Day(5));
        foreach (var actor in new[] { ResidentsCommittee, SocialOrganisation, Resident, StreetOffice })
        {
            arrangement.Join(actor, Day(5));
        }

        return (arrangement, rights);
    }

    [Fact]
    public void A_tool_is_used_by_a_participant_holding_its_powers()
    {
        var (arrangement, rights) = CommunityArrangement();

        arrangement.UseTool(ResidentsCommittee, GovernanceTool.OrganisationSinking, rights, Day(50));

        var used = Assert.IsType<GovernanceToolUsed>(arrangement.PendingEvents[^1]);
        Assert.Equal(GovernanceTool.OrganisationSinking, used.Tool);
        Assert.Equal(new ToolUse(ResidentsCommittee, GovernanceTool.OrganisationSinking, Day(50), null), Assert.Single(arrangement.ToolUses));
    }

    [Fact]
    public void Using_a_tool_without_its_powers_is_refused_and_changes_nothing()
    {
        var (arrangement, rights) = CommunityArrangement();
        var before = arrangement.ToSnapshot();

        var lacking = Assert.Throws<DomainRuleViolationException>(() => arrangement.UseTool(ResidentsCommittee, GovernanceTool.PurchasingSocialOrganisationServices, rights, Day(50)));
        var outsider = Assert.Throws<DomainRuleViolationException>(() => arrangement.UseTool(DistrictGovernment, GovernanceTool.InformationManagement, rights, Day(50)));
        var unknown = Assert.Throws<DomainRuleViolationException>(() => arrangement.UseTool(ResidentsCommittee, (GovernanceTool)42, rights, Day(50)));
        var expired = Assert.Throws<DomainRuleViolationException>(() => arrangement.UseTool(ResidentsCommittee, GovernanceTool.OrganisationSinking, rights, Day(250)));

        Assert.Equal(GovernanceRightRules.ToolRequiresPowers, lacking.Rule);
        Assert.Equal(GovernanceRightRules.ToolUserTakesPart, outsider.Rule);
        Assert.Equal(GovernanceRightRules.GovernanceToolIsKnown, unknown.Rule);
        Assert.Equal(GovernanceRightRules.ToolRequiresPowers, expired.Rule);
        Assert.Equal(before, arrangement.ToSnapshot());
    }

    [Fact]
    public void A_technique_applies_all_its_tools_or_none()
    {
        var (arrangement, rights) = CommunityArrangement();
        var gridGovernance = new GovernanceTechnique("grid governance (网格化治理)", [GovernanceTool.OrganisationSinking, GovernanceTool.InformationManagement]);
        var organising = new GovernanceTechnique("organising", [GovernanceTool.OrganisationSinking]);

        var error = Assert.Throws<DomainRuleViolationException>(() => arrangement.ApplyTechnique(ResidentsCommittee, gridGovernance, rights, Day(50)));
        arrangement.ApplyTechnique(StreetOffice, gridGovernance, rights, Day(50));
        arrangement.ApplyTechnique(ResidentsCommittee, organising, rights, Day(51));

        Assert.Equal(GovernanceRightRules.ToolRequiresPowers, error.Rule);
        Assert.Equal(3, arrangement.ToolUses.Count);
        Assert.All(arrangement.ToolUses.Take(2), use => Assert.Equal(StreetOffice, use.Actor));
    }

    [Fact]
    public void A_technique_applies_at_least_one_tool_each_once()
    {
        Assert.Equal(GovernanceRightRules.GovernanceTechniqueAppliesTools, Assert.Throws<DomainRuleViolationException>(() => new GovernanceTechnique("empty", [])).Rule);
        Assert.Equal(GovernanceRightRules.GovernanceTechniqueAppliesTools, Assert.Throws<DomainRuleViolationException>(() => new GovernanceTechnique("twice", [GovernanceTool.ServiceSinking, GovernanceTool.ServiceSinking])).Rule);
        Assert.Equal(KernelRules.TextIsRequired, Assert.Throws<DomainRuleViolationException>(() => new GovernanceTechnique(" ", [GovernanceTool.ServiceSinking])).Rule);
    }

    [Fact]
    public void The_co_sharing_report_names_the_participants_without_any_right()
    {
        var (arrangement, rights) = CommunityArrangement();

        var report = arrangement.CoSharing(rights, new FakeClock(Day(50)));

        Assert.False(report.IsCoShared);
        Assert.Equal([Resident], report.WithoutRights);
        Assert.Equal([StreetOffice, ResidentsCommittee, SocialOrganisation], report.WithRights);
    }

    [Fact]
    public void A_participant_joins_once_and_replaying_rebuilds_the_arrangement()
    {
        var (arrangement, rights) = CommunityArrangement();
        arrangement.UseTool(StreetOffice, GovernanceTool.InformationManagement, rights, Day(50));

        Assert.Equal(GovernanceRightRules.ArrangementParticipantIsNew, Assert.Throws<DomainRuleViolationException>(() => arrangement.Join(Resident, Day(60))).Rule);
        Assert.Equal(arrangement.ToSnapshot(), GovernanceArrangement.FromHistory(arrangement.PendingEvents).ToSnapshot());
    }

    [ScaledProperty(Arbitrary = new[] { typeof(RightsArbitraries) })]
    public Property A_tool_is_accepted_exactly_when_the_reference_model_grants_its_powers(RightsScenario scenario, GovernanceTool tool)
    {
        var index = GovernanceRightsIndex.Build(scenario.Events);
        var reference = ReferenceRightsModel.Of(scenario.Trees);
        var wrong = new List<string>();
        foreach (var query in scenario.Queries.Take(40))
        {
            var arrangement = GovernanceArrangement.Make(new("GA-1"), query.Unit, EverythingExists.Directory, query.At);
            arrangement.Join(query.Actor, query.At);
            var expected = GovernanceToolCatalogue.RequiredPowers(tool).IsSubsetOf(reference.PowersOver(query.Actor, query.Unit, query.At));
            string? refusedBy = null;
            try
            {
                arrangement.UseTool(query.Actor, tool, index, query.At);
            }
            catch (DomainRuleViolationException e)
            {
                refusedBy = e.Rule;
            }

            if (expected != (refusedBy is null) || (refusedBy is not null && refusedBy != GovernanceRightRules.ToolRequiresPowers))
            {
                wrong.Add($"{query} {tool}: expected {expected}, refused by {refusedBy}");
            }
        }

        return (wrong.Count == 0).Label(string.Join("; ", wrong.Take(3)));
    }

    [ScaledProperty(Arbitrary = new[] { typeof(RightsArbitraries) })]
    public Property The_co_sharing_report_splits_participants_as_the_reference_model_does(RightsScenario scenario)
    {
        var index = GovernanceRightsIndex.Build(scenario.Events);
        var reference = ReferenceRightsModel.Of(scenario.Trees);
        var query = scenario.Queries[0];
        var arrangement = GovernanceArrangement.Make(new("GA-1"), query.Unit, EverythingExists.Directory, query.At);
        foreach (var actor in scenario.Actors)
        {
            arrangement.Join(actor, query.At);
        }

        var report = arrangement.CoSharing(index, query.At);
        var expectedWithout = scenario.Actors.Where(a => reference.PowersOver(a, query.Unit, query.At).IsEmpty).Order().ToList();
        return (report.WithoutRights.SequenceEqual(expectedWithout) && report.WithRights.Count + report.WithoutRights.Count == scenario.Actors.Count)
            .Label($"{query.Unit} at {query.At}: {report}");
    }
}
