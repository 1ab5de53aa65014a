using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using CommunityGovernance.Demands.Catalogue;
using CommunityGovernance.Kernel;
using CommunityGovernance.Testing.Demands;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Demands;

public sealed class IntakeTests
{
    private static readonly Instant s_at = Instant.FromUtc(2026, 3, 2, 1, 0);

    [Theory]
    [InlineData(90.5, 103.8)]
    [InlineData(-91, 103.8)]
    [InlineData(30.6, 180.01)]
    [InlineData(double.NaN, 103.8)]
    [InlineData(30.6, double.PositiveInfinity)]
    public void A_point_out_of_range_is_refused(double latitude, double longitude)
    {
        var refusal = Assert.Throws<DomainRuleViolationException>(() => new GeoPoint(latitude, longitude, GeodeticDatum.Wgs84));

        Assert.Equal(DemandRules.GeoPointIsWellFormed, refusal.Rule);
    }

    [Fact]
    public void A_point_names_its_datum_and_the_same_numbers_in_two_datums_differ()
    {
        var refusal = Assert.Throws<DomainRuleViolationException>(() => new GeoPoint(30.6, 103.8, (GeodeticDatum)9));

        Assert.Equal(DemandRules.GeoPointIsWellFormed, refusal.Rule);
        Assert.NotEqual(new GeoPoint(30.6, 103.8, GeodeticDatum.Wgs84), new GeoPoint(30.6, 103.8, GeodeticDatum.Gcj02));
    }

    [Theory]
    [InlineData("photo.jpg")]
    [InlineData("file:///home/wang/photo.jpg")]
    [InlineData("")]
    public void A_media_reference_is_an_absolute_non_file_uri_and_the_refusal_never_repeats_it(string uri)
    {
        var refusal = Assert.Throws<DomainRuleViolationException>(() => new MediaReference(uri));

        Assert.Equal(DemandRules.MediaReferenceIsWellFormed, refusal.Rule);
        Assert.True(uri.Length == 0 || !refusal.Message.Contains(uri, StringComparison.Ordinal));
    }

    [Fact]
    public void An_intake_carries_at_most_twenty_media_references()
    {
        var media = Enumerable.Range(1, 21).Select(n => new MediaReference($"https://media.example/{n}.jpg"));

        var refusal = Assert.Throws<DomainRuleViolationException>(() => new DemandIntake(IntakeChannel.App, DemandUrgency.Routine, null, media));

        Assert.Equal(DemandRules.MediaReferenceIsWellFormed, refusal.Rule);
    }

    [Theory]
    [InlineData(0, 1, DemandRules.IntakeChannelIsKnown)]
    [InlineData(1, 0, DemandRules.UrgencyIsKnown)]
    public void An_unknown_channel_or_urgency_is_refused(int channel, int urgency, string rule)
    {
        var refusal = Assert.Throws<DomainRuleViolationException>(() => new DemandIntake((IntakeChannel)channel, (DemandUrgency)urgency));

        Assert.Equal(rule, refusal.Rule);
    }

    [Fact]
    public void A_demand_raised_by_service_takes_category_and_subcategory_from_it_and_keeps_its_intake()
    {
        var lift = ServiceCatalogue.Example[new ServiceCode("3001")];
        var intake = new DemandIntake(IntakeChannel.GridWorker, DemandUrgency.Emergency, new DemandLocation("光华社区3栋", new GeoPoint(30.68, 103.85, GeodeticDatum.Cgcs2000)), [new MediaReference("oss://cg/1.jpg")]);

        var demand = Demand.Raise(new DemandId("D-1"), new ActorId("GW-1"), CommunityUnit.Administrative(AreaCode.Parse("510115001001")), lift, "3栋电梯困人", intake, DemandDeadlines.Default, EverythingExists.Directory, s_at);

        Assert.Equal((DemandCategory.PublicService, "电梯故障", new ServiceCode("3001")), (demand.Category, demand.Subcategory, demand.Service));
        Assert.Equal(intake, demand.Intake);
        Assert.Equal(s_at + DemandDeadlines.Default.For(DemandCategory.PublicService), demand.DueAt);
        Assert.Equal(demand.ToSnapshot(), Demand.FromHistory(demand.PendingEvents).ToSnapshot());
    }

    [Fact]
    public void The_location_and_media_of_a_raised_demand_are_redacted_from_its_event()
    {
        var intake = new DemandIntake(IntakeChannel.Hotline12345, DemandUrgency.Routine, new DemandLocation("光华社区3栋2单元501"), [new MediaReference("https://media.example/501.jpg")]);
        var demand = Demand.Raise(new DemandId("D-1"), new ActorId("R-1"), CommunityUnit.Administrative(AreaCode.Parse("510115001001")), ServiceCatalogue.Example[new ServiceCode("1001")], "楼上噪音", intake, DemandDeadlines.Default, EverythingExists.Directory, s_at);

        var text = demand.PendingEvents[0].ToString();

        Assert.DoesNotContain("2单元501", text, StringComparison.Ordinal);
        Assert.DoesNotContain("501.jpg", text, StringComparison.Ordinal);
        Assert.Equal(DomainEvent.Redacted, intake.Location!.ToString());
    }

    [ScaledProperty(Arbitrary = new[] { typeof(DemandArbitraries) })]
    public Property A_demand_raised_with_any_intake_rebuilds_from_its_event(DemandIntake intake, DemandId id)
    {
        var demand = Demand.Raise(id, new ActorId("R-1"), CommunityUnit.Living(new LivingCommunityId("GY-01")), ServiceCatalogue.Example[new ServiceCode("2002")], "下水道堵塞", intake, DemandDeadlines.Default, EverythingExists.Directory, s_at);

        var rebuilt = Demand.FromHistory(demand.PendingEvents);

        return (rebuilt.ToSnapshot() == demand.ToSnapshot() && rebuilt.Intake == intake).Label(id.ToString());
    }
}
