using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using CommunityGovernance.Demands.Catalogue;
using CommunityGovernance.Testing.Demands;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Demands.Catalogue;

public sealed class ResponsibilityIndexTests
{
    private static readonly Instant s_at = Instant.FromUtc(2025, 3, 1, 0, 0);

    [Fact]
    public void The_nearest_unit_comes_first()
    {
        var committee = Organisation("RC-1", ActorKind.ResidentsCommittee, DemandCategory.PublicService, CommunityUnit.Administrative(AreaCode.Parse("510115001001")));
        var office = Organisation("SO-1", ActorKind.StreetOffice, DemandCategory.PublicService, CommunityUnit.Administrative(AreaCode.Parse("510115001")));
        var other = Organisation("SO-2", ActorKind.StreetOffice, DemandCategory.PublicService, CommunityUnit.Administrative(AreaCode.Parse("510115002")));
        var index = ResponsibilityIndex.Of([office, other, committee]);

        var lamp = ServiceCatalogue.Example[new ServiceCode("2001")];

        Assert.Equal([committee.Id, office.Id], index.ResponsibleFor(lamp, CommunityUnit.Administrative(AreaCode.Parse("510115001001"))));
        Assert.Equal(office.Id, index.NearestResponsibleFor(DemandCategory.PublicService, CommunityUnit.Administrative(AreaCode.Parse("510115001002"))));
        Assert.Null(index.NearestResponsibleFor(DemandCategory.StabilityAndOrder, CommunityUnit.Administrative(AreaCode.Parse("510115001001"))));
    }

    [Fact]
    public void A_living_community_is_answered_by_its_own_entry_only()
    {
        var property = Organisation("PM-1", ActorKind.PropertyCompany, DemandCategory.PublicService, CommunityUnit.Living(new LivingCommunityId("GY-01")));
        var office = Organisation("SO-1", ActorKind.StreetOffice, DemandCategory.PublicService, CommunityUnit.Administrative(AreaCode.Parse("510115")));
        var index = ResponsibilityIndex.Of([property, office]);

        Assert.Equal([property.Id], index.ResponsibleFor(DemandCategory.PublicService, CommunityUnit.Living(new LivingCommunityId("GY-01"))));
        Assert.Empty(index.ResponsibleFor(DemandCategory.PublicService, CommunityUnit.Living(new LivingCommunityId("GY-02"))));
    }

    [Fact]
    public void Withdrawing_a_responsibility_takes_the_actor_out()
    {
        var unit = CommunityUnit.Administrative(AreaCode.Parse("510115001"));
        var office = Organisation("SO-1", ActorKind.StreetOffice, DemandCategory.PublicService, unit);
        var index = ResponsibilityIndex.Of([office]);

        office.WithdrawResponsibility(DemandCategory.PublicService, unit, s_at);
        var changed = office.PendingEvents.Select(index.Apply).ToList();

        Assert.Contains(true, changed);
        Assert.Equal(0, index.Count);
        Assert.Empty(index.ResponsibleFor(DemandCategory.PublicService, unit));
    }

    [ScaledProperty(Arbitrary = new[] { typeof(IndexArbitraries) })]
    public Property The_index_answers_exactly_what_scanning_every_actor_answers(Actor[] actors, DemandCategory category, CommunityUnit unit)
    {
        var index = ResponsibilityIndex.Of(actors);

        var found = index.ResponsibleFor(category, unit);
        var scanned = actors.Where(a => a.IsResponsibleFor(category, unit)).Select(a => a.Id).ToHashSet();
        var nearestFirst = found.Select(id => NearestLevel(actors.Single(a => a.Id == id), category, unit)).ToList();

        return (found.ToHashSet().SetEquals(scanned) && found.Count == scanned.Count && nearestFirst.SequenceEqual(nearestFirst.OrderByDescending(l => l)))
            .Label($"{category} about {unit}: index [{string.Join(", ", found)}], scan [{string.Join(", ", scanned)}]")
            .Classify(scanned.Count > 1, "several responsible")
            .Classify(scanned.Count == 0, "none responsible");
    }

    [ScaledProperty(Arbitrary = new[] { typeof(IndexArbitraries) })]
    public Property An_index_following_events_equals_one_built_afresh(Actor[] actors, DemandCategory category, CommunityUnit unit)
    {
        var index = ResponsibilityIndex.Of([]);
        foreach (var e in actors.SelectMany(a => a.PendingEvents))
        {
            index.Apply(e);
        }

        foreach (var actor in actors.Where((_, i) => i % 2 == 0))
        {
            foreach (var held in actor.Responsibilities.Where((_, i) => i % 2 == 0).ToList())
            {
                actor.WithdrawResponsibility(held.Category, held.Unit, s_at);
                index.Apply(actor.PendingEvents[^1]);
            }
        }

        var fresh = ResponsibilityIndex.Of(actors);
        return (index.ResponsibleFor(category, unit).SequenceEqual(fresh.ResponsibleFor(category, unit)) && index.Count == fresh.Count)
            .Label($"{category} about {unit}");
    }

    private static int NearestLevel(Actor actor, DemandCategory category, CommunityUnit unit) =>
        actor.Responsibilities.Where(r => r.Covers(category, unit)).Max(r => r.Unit.IsLiving ? int.MaxValue : (int)r.Unit.AreaCode.Level);

    private static Actor Organisation(string id, ActorKind kind, DemandCategory category, CommunityUnit unit)
    {
        var actor = Actor.RegisterOrganisation(new ActorId(id), kind, id, s_at);
        actor.AssignResponsibility(category, unit, EverythingExists.Directory, s_at);
        return actor;
    }

    public static class IndexArbitraries
    {
        public static Arbitrary<Actor[]> Actors() => CatalogueGenerators.ResponsibleActors.ToArbitrary();

        public static Arbitrary<DemandCategory> Categories() => CatalogueGenerators.IndexCategories.ToArbitrary();

        public static Arbitrary<CommunityUnit> Units() => CatalogueGenerators.IndexUnits.ToArbitrary();
    }
}
