using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Demands;
using CommunityGovernance.Demands.Catalogue;
using CommunityGovernance.Testing.Actors;
using CommunityGovernance.Testing.Communities;
using FsCheck;
using FsCheck.Fluent;

namespace CommunityGovernance.Testing.Demands;

/// <summary>
/// Generators of service catalogues, intakes (channel, urgency, location, media) and actors with responsibilities,
/// over small pools so that codes, categories and units collide often.
/// </summary>
public static class CatalogueGenerators
{
    private static readonly string[] s_words = ["噪音", "路灯", "电梯", "垃圾", "物业", "noise", "lamp", "lift", "Ab,c", " 井盖 "];

    /// <summary>Service codes S-00 to S-29.</summary>
    public static Gen<ServiceCode> ServiceCodes { get; } = Gen.Choose(0, 29).Select(n => new ServiceCode($"S-{n:D2}"));

    /// <summary>Services with 0 to 4 keywords (some repeated, some with commas or surrounding spaces) and an optional description.</summary>
    public static Gen<ServiceDefinition> Services { get; } =
        from code in ServiceCodes
        from name in Gen.Elements("噪音扰民", "路灯损坏", "电梯故障", "Pothole", "物业纠纷")
        from suffix in Gen.Choose(0, 9)
        from grp in Gen.Elements("城市管理", "市政设施", "物业管理", "Streets")
        from category in DemandGenerators.Categories
        from keywords in Gen.Elements(s_words).ArrayOf().Select(k => k.Take(4).ToArray())
        from description in Gen.Elements<string?>(null, "说明", "A description, with a comma.")
        select new ServiceDefinition(code, $"{name}{suffix}", grp, category, keywords.Select(k => k.Replace(",", string.Empty, StringComparison.Ordinal)), description);

    /// <summary>Catalogues of 0 to 12 services, each code once.</summary>
    public static Gen<ServiceCatalogue> Catalogues { get; } =
        Services.ArrayOf().Select(services => ServiceCatalogue.Of(services.DistinctBy(s => s.Code).Take(12)));

    /// <summary>Non-empty catalogues of 1 to 12 services, each code once.</summary>
    public static Gen<ServiceCatalogue> NonEmptyCatalogues { get; } =
        Services.NonEmptyListOf().Select(services => ServiceCatalogue.Of(services.DistinctBy(s => s.Code).Take(12)));

    /// <summary>Points around Wenjiang in every datum, with a few at the edges of the valid range.</summary>
    public static Gen<GeoPoint> Points { get; } =
        from latitude in Gen.Frequency((9, Gen.Choose(30_600_000, 30_800_000).Select(n => n / 1_000_000.0)), (1, Gen.Elements(-90.0, 0.0, 90.0)))
        from longitude in Gen.Frequency((9, Gen.Choose(103_700_000, 103_950_000).Select(n => n / 1_000_000.0)), (1, Gen.Elements(-180.0, 180.0)))
        from datum in Gen.Elements(Enum.GetValues<GeodeticDatum>())
        select new GeoPoint(latitude, longitude, datum);

    /// <summary>Locations: an address, with a point two times in three and a building one time in two.</summary>
    public static Gen<DemandLocation> Locations { get; } =
        from address in Gen.Elements("柳城街道光华社区3栋2单元", "凤溪大道北段88号", "No. 5, Lane 2")
        from point in Gen.Frequency((2, Points.Select(p => (GeoPoint?)p)), (1, Gen.Constant<GeoPoint?>(null)))
        from building in Gen.Elements<BuildingId?>(null, new BuildingId("GH-A01"), new BuildingId("B-3"))
        select new DemandLocation(address, point, building);

    /// <summary>Media references, https and a vendor's own scheme.</summary>
    public static Gen<MediaReference> Media { get; } =
        Gen.Choose(1, 50).SelectMany(n => Gen.Elements($"https://media.example/case/{n}.jpg", $"oss://cg-media/{n}.mp4").Select(uri => new MediaReference(uri)));

    /// <summary>Intakes of every channel and urgency, with an optional location and 0 to 3 media references.</summary>
    public static Gen<DemandIntake> Intakes { get; } =
        from channel in Gen.Elements(Enum.GetValues<IntakeChannel>())
        from urgency in Gen.Elements(Enum.GetValues<DemandUrgency>())
        from location in Gen.Frequency((3, Locations.Select(l => (DemandLocation?)l)), (1, Gen.Constant<DemandLocation?>(null)))
        from count in Gen.Choose(0, 3)
        from media in Media.ArrayOf(count)
        select new DemandIntake(channel, urgency, location, media);

    /// <summary>
    /// 0 to 12 organisations with 0 to 4 responsibilities each over a small pool of categories and units at every
    /// level (communities, streets, the district, the city, the province, living communities).
    /// </summary>
    public static Gen<Actor[]> ResponsibleActors =>
        from count in Gen.Choose(0, 12)
        from actors in Gen.ArrayOf(ResponsibleActor, count)
        select actors.DistinctBy(a => a.Id).ToArray();

    /// <summary>Units at every level and of both sides, overlapping the units <see cref="ResponsibleActors"/> hold.</summary>
    public static Gen<CommunityUnit> IndexUnits { get; } = Gen.OneOf(
        UnitGenerators.Units,
        Gen.Elements("51", "5101", "510115", "510116", "510116001").Select(c => CommunityUnit.Administrative(AreaCode.Parse(c))));

    /// <summary>Categories of the small pool <see cref="ResponsibleActors"/> draws from.</summary>
    public static Gen<DemandCategory> IndexCategories { get; } =
        Gen.Elements(DemandCategory.PublicService, DemandCategory.StabilityAndOrder, DemandCategory.OrderlyInteraction);

    private static Gen<Actor> ResponsibleActor =>
        from id in Gen.Choose(0, 40).Select(n => new ActorId($"RA-{n:D2}"))
        from kind in ActorGenerators.OrganisationKinds
        from count in Gen.Choose(0, 4)
        from held in Gen.ArrayOf(from c in IndexCategories from u in IndexUnits select (c, u), count)
        select WithResponsibilities(Actor.RegisterOrganisation(id, kind, $"responsible {id}", NodaTime.Instant.FromUtc(2025, 1, 1, 0, 0)), held);

    private static Actor WithResponsibilities(Actor actor, IEnumerable<(DemandCategory Category, CommunityUnit Unit)> held)
    {
        foreach (var (category, unit) in held.Distinct())
        {
            var at = NodaTime.Instant.FromUtc(2025, 1, 1, 0, 0);
            actor.AssignResponsibility(category, unit, new FixedCommunityDirectory(at).Establish(unit), at);
        }

        return actor;
    }
}
