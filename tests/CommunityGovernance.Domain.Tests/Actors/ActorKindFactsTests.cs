using CommunityGovernance.Actors;
using CommunityGovernance.Kernel;
using CommunityGovernance.Testing.Actors;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CommunityGovernance.Domain.Tests.Actors;

public sealed class ActorKindFactsTests
{
    [Theory]
    [InlineData(ActorKind.PartyCommitteeAndGovernment, Sector.State, ActorSide.Administrative)]
    [InlineData(ActorKind.DistrictGovernanceCommittee, Sector.State, ActorSide.Administrative)]
    [InlineData(ActorKind.VerticalDepartment, Sector.State, ActorSide.Administrative)]
    [InlineData(ActorKind.StreetOffice, Sector.State, ActorSide.Administrative)]
    [InlineData(ActorKind.ResidentsCommittee, Sector.Society, ActorSide.Bridge)]
    [InlineData(ActorKind.PropertyCompany, Sector.Market, ActorSide.Living)]
    [InlineData(ActorKind.HomeownersCommittee, Sector.Society, ActorSide.Living)]
    [InlineData(ActorKind.SocialOrganisation, Sector.Society, ActorSide.Living)]
    [InlineData(ActorKind.IndustryAssociation, Sector.Society, ActorSide.Living)]
    [InlineData(ActorKind.SelfOrganisation, Sector.Society, ActorSide.Living)]
    [InlineData(ActorKind.Resident, Sector.Masses, ActorSide.Living)]
    public void Each_kind_has_the_sector_and_side_of_the_domain_table(ActorKind kind, Sector sector, ActorSide side)
    {
        Assert.Equal(sector, kind.Sector());
        Assert.Equal(side, kind.Side());
    }

    [Fact]
    public void Every_listed_kind_is_in_the_table_above()
    {
        Assert.Equal(11, Enum.GetValues<ActorKind>().Length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(12)]
    [InlineData(-1)]
    public void An_unknown_kind_has_no_sector_and_is_refused_on_registration(int value)
    {
        var kind = (ActorKind)value;

        Assert.Equal(ActorRules.KindIsKnown, Assert.Throws<DomainRuleViolationException>(() => kind.Sector()).Rule);
        Assert.Equal(ActorRules.KindIsKnown, Assert.Throws<DomainRuleViolationException>(() => kind.Side()).Rule);
        var error = Assert.Throws<DomainRuleViolationException>(() => Actor.RegisterOrganisation(new ActorId("A-1"), kind, "x", default));
        Assert.Equal(ActorRules.KindIsKnown, error.Rule);
    }

    [ScaledProperty(Arbitrary = new[] { typeof(ActorArbitraries) })]
    public Property Only_the_residents_committee_bridges_and_only_the_state_is_administrative(ActorKind kind) =>
        ((kind.Side() == ActorSide.Bridge) == (kind == ActorKind.ResidentsCommittee)
         && (kind.Side() == ActorSide.Administrative) == (kind.Sector() == Sector.State))
        .Label(kind.ToString());
}
