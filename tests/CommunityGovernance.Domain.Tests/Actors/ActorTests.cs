using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Actors;

public sealed class ActorTests
{
    private static readonly Instant At = Instant.FromUtc(2025, 3, 1, 9, 0);
    private static readonly CommunityUnit Street = CommunityUnit.Administrative(AreaCode.Parse("510115001"));
    private static readonly CommunityUnit Community = CommunityUnit.Administrative(AdministrativeCommunityId.Parse("510115001001"));
    private static readonly CommunityUnit OtherStreetCommunity = CommunityUnit.Administrative(AdministrativeCommunityId.Parse("510115002001"));
    private static readonly CommunityUnit Compound = CommunityUnit.Living(new LivingCommunityId("GY-01"));

    private static Actor StreetOffice() => Actor.RegisterOrganisation(new ActorId("SO-1"), ActorKind.StreetOffice, "柳城街道办事处", At);

    private static Actor Resident() => Actor.RegisterResident(
        new ActorId("R-1"),
        new ResidentParticulars(new PersonName("张伟"), ResidentIdentityNumber.Parse("510115199001010018"), null, AreaCode.Parse("510104"), new Residence(AdministrativeCommunityId.Parse("510115001001"))),
        At);

    [Fact]
    public void An_organisation_is_registered_with_its_kind_sector_and_side()
    {
        var office = StreetOffice();

        Assert.Equal(ActorKind.StreetOffice, office.Kind);
        Assert.Equal(Sector.State, office.Sector);
        Assert.Equal(ActorSide.Administrative, office.Side);
        Assert.Equal("柳城街道办事处", office.OrganisationName);
        Assert.Null(office.Resident);
        Assert.Equal(new OrganisationRegistered(new ActorId("SO-1"), ActorKind.StreetOffice, "柳城街道办事处", At), Assert.Single(office.PendingEvents));
    }

    [Fact]
    public void A_resident_is_registered_with_particulars_never_as_an_organisation()
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => Actor.RegisterOrganisation(new ActorId("R-1"), ActorKind.Resident, "张伟", At));
        Assert.Equal(ActorRules.RegisteredAsItsKind, error.Rule);

        var resident = Resident();
        Assert.Equal(Sector.Masses, resident.Sector);
        Assert.True(resident.Resident!.IsFloating);
        Assert.Null(resident.OrganisationName);
        Assert.Equal("Resident R-1", resident.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void An_organisation_needs_a_name(string? name)
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => Actor.RegisterOrganisation(new ActorId("SO-1"), ActorKind.StreetOffice, name!, At));
        Assert.Equal(KernelRules.TextIsRequired, error.Rule);
    }

    [Fact]
    public void The_default_actor_id_is_refused()
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => Actor.RegisterOrganisation(default, ActorKind.StreetOffice, "x", At));
        Assert.Equal(ActorRules.IdIsWellFormed, error.Rule);
    }

    [Fact]
    public void A_street_responsibility_covers_the_street_and_its_communities_only()
    {
        var office = StreetOffice();
        office.AssignResponsibility(DemandCategory.PublicService, Street, EverythingExists.Directory, At);

        Assert.True(office.IsResponsibleFor(DemandCategory.PublicService, Street));
        Assert.True(office.IsResponsibleFor(DemandCategory.PublicService, Community));
        Assert.False(office.IsResponsibleFor(DemandCategory.PublicService, OtherStreetCommunity));
        Assert.False(office.IsResponsibleFor(DemandCategory.StabilityAndOrder, Community));
        Assert.False(office.IsResponsibleFor(DemandCategory.PublicService, Compound));
        Assert.False(office.IsResponsibleFor(DemandCategory.PublicService, CommunityUnit.Administrative(AreaCode.Parse("510115"))));
    }

    [Fact]
    public void A_living_community_responsibility_covers_that_compound_only()
    {
        var property = Actor.RegisterOrganisation(new ActorId("PC-1"), ActorKind.PropertyCompany, "物业", At);
        property.AssignResponsibility(DemandCategory.OrderlyInteraction, Compound, EverythingExists.Directory, At);

        Assert.True(property.IsResponsibleFor(DemandCategory.OrderlyInteraction, Compound));
        Assert.False(property.IsResponsibleFor(DemandCategory.OrderlyInteraction, CommunityUnit.Living(new LivingCommunityId("GY-02"))));
        Assert.False(property.IsResponsibleFor(DemandCategory.OrderlyInteraction, Community));
    }

    [Fact]
    public void A_responsibility_is_held_once_and_withdrawn_only_when_held()
    {
        var office = StreetOffice();
        office.AssignResponsibility(DemandCategory.PublicService, Street, EverythingExists.Directory, At);

        Refused.By(ActorRules.ResponsibilityIsNotDuplicated, office, office.ToSnapshot, () => office.AssignResponsibility(DemandCategory.PublicService, Street, EverythingExists.Directory, At));
        Refused.By(ActorRules.ResponsibilityToWithdrawIsHeld, office, office.ToSnapshot, () => office.WithdrawResponsibility(DemandCategory.PublicService, Community, At));
        Refused.By(DemandRules.CategoryIsKnown, office, office.ToSnapshot, () => office.AssignResponsibility((DemandCategory)99, Street, EverythingExists.Directory, At));
        Refused.By(CommunityRules.CommunityUnitSideMatches, office, office.ToSnapshot, () => office.AssignResponsibility(DemandCategory.PublicService, default, EverythingExists.Directory, At));

        office.WithdrawResponsibility(DemandCategory.PublicService, Street, At);
        Assert.Empty(office.Responsibilities);
    }

    [Fact]
    public void An_interest_is_declared_once()
    {
        var resident = Resident();
        resident.DeclareInterest(DemandCategory.PublicParticipation, At);

        Refused.By(ActorRules.InterestIsNotDuplicated, resident, resident.ToSnapshot, () => resident.DeclareInterest(DemandCategory.PublicParticipation, At));
        Assert.Equal([DemandCategory.PublicParticipation], resident.Interests);
    }

    [Fact]
    public void A_post_is_held_between_its_dates_and_cannot_overlap_itself()
    {
        var committee = Actor.RegisterOrganisation(new ActorId("HOC-1"), ActorKind.HomeownersCommittee, "光华业委会", At);
        var resident = Resident();
        resident.JoinOrganisation(committee, Post.Chair, new LocalDate(2023, 1, 1), At);

        Refused.By(ActorRules.MembershipDoesNotOverlap, resident, resident.ToSnapshot, () => resident.JoinOrganisation(committee, Post.Chair, new LocalDate(2024, 1, 1), At));
        Refused.By(ActorRules.MembershipToEndIsOpen, resident, resident.ToSnapshot, () => resident.LeaveOrganisation(committee.Id, Post.Chair, new LocalDate(2022, 12, 31), At));

        resident.LeaveOrganisation(committee.Id, Post.Chair, new LocalDate(2025, 12, 31), At);
        resident.JoinOrganisation(committee, Post.Member, new LocalDate(2026, 1, 1), At);

        Assert.Equal(Post.Chair, Assert.Single(resident.MembershipsOn(new LocalDate(2025, 12, 31))).Post);
        Assert.Equal(Post.Member, Assert.Single(resident.MembershipsOn(new LocalDate(2026, 1, 1))).Post);
        Assert.Empty(resident.MembershipsOn(new LocalDate(2022, 12, 31)));
        Refused.By(ActorRules.MembershipToEndIsOpen, resident, resident.ToSnapshot, () => resident.LeaveOrganisation(committee.Id, Post.Chair, new LocalDate(2026, 6, 1), At));
    }

    [Fact]
    public void Memberships_are_held_in_organisations_other_than_oneself()
    {
        var resident = Resident();
        var neighbour = Actor.RegisterResident(new ActorId("R-2"), resident.Resident!, At);
        var office = StreetOffice();

        Refused.By(ActorRules.MembershipIsInAnOrganisation, resident, resident.ToSnapshot, () => resident.JoinOrganisation(neighbour, Post.Member, new LocalDate(2025, 1, 1), At));
        Refused.By(ActorRules.MembershipIsInAnOrganisation, office, office.ToSnapshot, () => office.JoinOrganisation(office, Post.Member, new LocalDate(2025, 1, 1), At));
        Refused.By(KernelRules.ValueIsRequired, resident, resident.ToSnapshot, () => resident.JoinOrganisation(null!, Post.Member, new LocalDate(2025, 1, 1), At));
        Refused.By(ActorRules.PostIsKnown, resident, resident.ToSnapshot, () => resident.JoinOrganisation(office, (Post)0, new LocalDate(2025, 1, 1), At));
    }

    [Fact]
    public void Only_residents_move_residence()
    {
        var office = StreetOffice();
        var moved = new Residence(AdministrativeCommunityId.Parse("510115003001"), new LivingCommunityId("GY-03"));
        Refused.By(ActorRules.OnlyResidentsReside, office, office.ToSnapshot, () => office.MoveResidence(moved, At));

        var resident = Resident();
        resident.MoveResidence(moved, At);
        Assert.Equal(moved, resident.Resident!.ActualResidence);
    }

    [Fact]
    public void An_actor_rebuilt_from_its_events_equals_the_live_one()
    {
        var committee = Actor.RegisterOrganisation(new ActorId("HOC-1"), ActorKind.HomeownersCommittee, "光华业委会", At);
        var resident = Resident();
        resident.AssignResponsibility(DemandCategory.PublicBelonging, Compound, EverythingExists.Directory, At);
        resident.DeclareInterest(DemandCategory.PublicParticipation, At);
        resident.JoinOrganisation(committee, Post.Secretary, new LocalDate(2024, 5, 1), At);
        resident.LeaveOrganisation(committee.Id, Post.Secretary, new LocalDate(2025, 4, 30), At);
        resident.MoveResidence(new Residence(AdministrativeCommunityId.Parse("510115003001")), At);

        var rebuilt = Actor.FromHistory(resident.PendingEvents);

        Assert.Equal(resident.ToSnapshot(), rebuilt.ToSnapshot());
        Assert.Equal(resident.Version, rebuilt.Version);
        Assert.Empty(rebuilt.PendingEvents);
    }
}
