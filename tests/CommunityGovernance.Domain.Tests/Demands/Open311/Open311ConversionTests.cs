using System.Text.Json;
using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using CommunityGovernance.Demands.Catalogue;
using CommunityGovernance.Demands.Open311;
using CommunityGovernance.Kernel;
using CommunityGovernance.Testing;
using CommunityGovernance.Testing.Actors;
using CommunityGovernance.Testing.Communities;
using CommunityGovernance.Testing.Demands;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Demands.Open311;

public sealed class Open311ConversionTests
{
    private static readonly Instant s_at = Instant.FromUtc(2026, 3, 2, 1, 30);
    private static readonly CommunityUnit s_community = CommunityUnit.Administrative(AreaCode.Parse("510115001001"));

    [Fact]
    public void A_service_list_entry_uses_the_specification_names()
    {
        var json = JsonSerializer.Serialize(Open311Conversion.ToServiceList(ServiceCatalogue.Example)[0], Open311Conversion.JsonOptions);

        Assert.Equal(
            """{"service_code":"1001","service_name":"噪音扰民","metadata":true,"type":"realtime","keywords":"噪音,扰民,施工噪声,广场舞","group":"城市管理"}""",
            json);
    }

    [Fact]
    public void A_definition_carries_the_category_as_information_and_offers_urgency_and_channel()
    {
        var definition = Open311Conversion.ToServiceDefinition(ServiceCatalogue.Example[new ServiceCode("2001")]);

        Assert.Equal("2001", definition.ServiceCode);
        Assert.Collection(
            definition.Attributes,
            a => Assert.Equal((false, "category", "PublicService"), (a.Variable, a.Code, a.Description)),
            a => Assert.Equal((true, "urgency", 3), (a.Variable, a.Code, a.Values!.Value.Count)),
            a => Assert.Equal((true, "channel", 5), (a.Variable, a.Code, a.Values!.Value.Count)));
    }

    [Fact]
    public void A_foreign_service_without_a_category_is_refused_unless_the_caller_categorises_it()
    {
        var foreign = new Open311Service("pothole", "Pothole", null, false, "realtime", "road, hole", null);

        var refusal = Assert.Throws<DomainRuleViolationException>(() => Open311Conversion.ToCatalogue([foreign], []));
        var read = Open311Conversion.ToCatalogue([foreign], [], _ => DemandCategory.PublicService);

        Assert.Equal(DemandRules.ImportedServiceHasCategory, refusal.Rule);
        var service = Assert.Single(read.Services);
        Assert.Equal((DemandCategory.PublicService, "Pothole"), (service.Category, service.Group));
        Assert.Equal(["road", "hole"], service.Keywords);
    }

    [Fact]
    public void A_request_shows_a_wgs84_point_as_lat_long_and_any_other_datum_in_the_extensions()
    {
        var lamp = ServiceCatalogue.Example[new ServiceCode("2001")];
        var wgs = Raise(lamp, new DemandLocation("凤溪大道北段88号", new GeoPoint(30.68, 103.85, GeodeticDatum.Wgs84)));
        var gcj = Raise(lamp, new DemandLocation("凤溪大道北段88号", new GeoPoint(30.68, 103.85, GeodeticDatum.Gcj02)));

        var plain = Open311Conversion.ToServiceRequest(wgs);
        var offset = Open311Conversion.ToServiceRequest(gcj);

        Assert.Equal((30.68, 103.85), (plain.Latitude, plain.Longitude));
        Assert.Null(plain.Extensions!.Coordinates);
        Assert.Null(offset.Latitude);
        Assert.Equal(GeodeticDatum.Gcj02, offset.Extensions!.Coordinates!.Value.Datum);
    }

    [Fact]
    public void A_request_reads_open_until_the_demand_is_final()
    {
        var demand = Raise(ServiceCatalogue.Example[new ServiceCode("1001")], null);
        var open = Open311Conversion.ToServiceRequest(demand);
        demand.Reject(new ActorId("SO-1"), "不属于受理范围", s_at + Duration.FromHours(1));

        var closed = Open311Conversion.ToServiceRequest(demand);

        Assert.Equal(("open", "closed"), (open.Status, closed.Status));
        Assert.Equal("不属于受理范围", closed.StatusNotes);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.FromHours(8)), open.RequestedDatetime);
        Assert.Equal(TimeSpan.FromHours(8), open.RequestedDatetime!.Value.Offset);
    }

    [Fact]
    public void A_request_without_a_subject_is_incomplete()
    {
        var request = Open311Conversion.ToServiceRequest(Raise(ServiceCatalogue.Example[new ServiceCode("1001")], null));
        var bare = request with { Extensions = request.Extensions! with { Subject = null } };

        var refusal = Assert.Throws<DomainRuleViolationException>(() => Open311Conversion.RaiseFrom(bare, ServiceCatalogue.Example, DemandDeadlines.Default, Known(s_community, new ActorId("R-1"))));

        Assert.Equal(DemandRules.ServiceRequestIsComplete, refusal.Rule);
    }

    [Fact]
    public void A_request_of_an_unlisted_service_is_refused()
    {
        var request = Open311Conversion.ToServiceRequest(Raise(ServiceCatalogue.Example[new ServiceCode("1001")], null));

        var refusal = Assert.Throws<DomainRuleViolationException>(() => Open311Conversion.RaiseFrom(request, ServiceCatalogue.Empty, DemandDeadlines.Default, Known(s_community, new ActorId("R-1"))));

        Assert.Equal(DemandRules.ServiceIsInCatalogue, refusal.Rule);
    }

    [Fact]
    public void A_bare_post_takes_the_account_as_raiser_and_defaults_to_a_routine_app_case()
    {
        var post = new Open311ServiceRequest(
            "APP-7", null, null, null, "2001", "路灯不亮", null, new DateTimeOffset(2026, 3, 2, 20, 0, 0, TimeSpan.FromHours(8)), null, null,
            "光华社区3栋", 30.68, 103.85, "https://media.example/7.jpg", "R-7", new Open311Extensions(Subject: "administrative:510115001001"));

        var demand = Open311Conversion.RaiseFrom(post, ServiceCatalogue.Example, DemandDeadlines.Default, Known(s_community, new ActorId("R-7")));

        Assert.Equal((new ActorId("R-7"), DemandCategory.PublicService, "路灯损坏"), (demand.Raiser, demand.Category, demand.Subcategory));
        Assert.Equal((IntakeChannel.App, DemandUrgency.Routine), (demand.Intake!.Channel, demand.Intake.Urgency));
        Assert.Equal(GeodeticDatum.Wgs84, demand.Intake.Location!.Coordinates!.Value.Datum);
        Assert.Single(demand.Intake.Media);
    }

    [ScaledProperty(Arbitrary = new[] { typeof(DemandArbitraries) })]
    public Property A_catalogue_survives_the_service_list_and_definitions_through_json(ServiceCatalogue catalogue)
    {
        var services = Reparse(Open311Conversion.ToServiceList(catalogue));
        var definitions = Reparse(Open311Conversion.ToServiceDefinitions(catalogue));

        var read = Open311Conversion.ToCatalogue(services, definitions);

        return read.Services.SequenceEqual(catalogue.Services).Label($"{catalogue.Count} services");
    }

    [ScaledProperty(Arbitrary = new[] { typeof(RoundTripArbitraries) })]
    public Property A_raised_demand_survives_its_service_request_through_json(RaisedDemand raised)
    {
        var request = Reparse(Open311Conversion.ToServiceRequest(raised.Demand));

        var read = Open311Conversion.RaiseFrom(request, raised.Catalogue, DemandDeadlines.Default, Known(raised.Demand.Subject, raised.Demand.Raiser));

        return (read.ToSnapshot() == raised.Demand.ToSnapshot() && read.PendingEvents.SequenceEqual(raised.Demand.PendingEvents))
            .Label(JsonSerializer.Serialize(request, Open311Conversion.JsonOptions))
            .Classify(raised.Demand.Service is null, "by category")
            .Classify(raised.Demand.Intake?.Location?.Coordinates is { Datum: not GeodeticDatum.Wgs84 }, "offset datum");
    }

    private static FixedCommunityDirectory Known(CommunityUnit unit, ActorId actor) =>
        new FixedCommunityDirectory(Instant.FromUtc(2000, 1, 1, 0, 0)).Establish(unit).Register(actor);

    private static T Reparse<T>(T value) =>
        JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Open311Conversion.JsonOptions), Open311Conversion.JsonOptions)!;

    private static Demand Raise(ServiceDefinition service, DemandLocation? location) =>
        Demand.Raise(new DemandId("D-1"), new ActorId("R-1"), s_community, service, "路灯坏了一个月", new DemandIntake(IntakeChannel.Hotline12345, DemandUrgency.Routine, location), DemandDeadlines.Default, Known(s_community, new ActorId("R-1")), s_at);

    /// <summary>A demand just raised, by service from a catalogue or by category alone.</summary>
    public sealed record RaisedDemand(ServiceCatalogue Catalogue, Demand Demand)
    {
        public override string ToString() => Demand.ToString();
    }

    public static class RoundTripArbitraries
    {
        public static Arbitrary<RaisedDemand> RaisedDemands() =>
            (from catalogue in CatalogueGenerators.NonEmptyCatalogues
             from service in Gen.Elements(catalogue.Services.ToArray())
             from byService in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
             from id in DemandGenerators.DemandIds
             from raiser in ActorGenerators.ActorIds
             from subject in UnitGenerators.Units
             from intake in CatalogueGenerators.Intakes
             from at in TimeGenerators.Between(Instant.FromUtc(2025, 1, 1, 0, 0), Instant.FromUtc(2026, 1, 1, 0, 0), Duration.FromHours(1))
             from text in Gen.Elements("路灯坏了", "Noise after 22:00, \"again\"", "电梯困人\n请尽快")
             select new RaisedDemand(
                 catalogue,
                 byService
                     ? Demand.Raise(id, raiser, subject, service, text, intake, DemandDeadlines.Default, Known(subject, raiser), at)
                     : Demand.Raise(id, raiser, subject, service.Category, service.Name, text, DemandDeadlines.Default, Known(subject, raiser), at)))
            .ToArbitrary();
    }
}
