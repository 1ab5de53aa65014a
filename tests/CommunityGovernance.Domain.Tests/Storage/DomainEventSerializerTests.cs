using System.Text.Json.Nodes;
using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Storage;

public sealed class DomainEventSerializerTests
{
    private static readonly DomainEventSerializer Serializer = new([new NoteBecameTopic()], [typeof(UnitSurveyed).Assembly]);

    private static UnitSurveyed Survey(long seconds, int communitySuffix, string compound) => new(
        Instant.FromUnixTimeSeconds(seconds),
        AreaCode.Parse("510115001"),
        AdministrativeCommunityId.Parse($"510115001{communitySuffix:D3}"),
        new LivingCommunityId(compound),
        CommunityUnit.Living(new LivingCommunityId(compound)),
        new ActorId("street-office-liucheng"),
        new EquatableArray<AreaCode>([AreaCode.Parse("510115"), AreaCode.Parse("510115001001")]),
        Boundaries.CommunitySide.Administrative,
        new NodaTime.Interval(Instant.FromUnixTimeSeconds(seconds), Instant.FromUnixTimeSeconds(seconds + 3600)),
        new LocalDate(2026, 11, 30),
        Duration.FromMinutes(45));

    [Fact]
    public void An_event_reads_back_equal_and_ids_are_stored_as_their_text()
    {
        var original = Survey(1_764_460_800, 1, "GY-01");

        var stored = Serializer.Serialize(original);

        Assert.Equal("UnitSurveyed", stored.Type);
        Assert.Equal(1, stored.SchemaVersion);
        Assert.Contains("\"community\":\"510115001001\"", stored.Data, StringComparison.Ordinal);
        Assert.Contains("\"subject\":\"living:GY-01\"", stored.Data, StringComparison.Ordinal);
        Assert.DoesNotContain("schemaVersion", stored.Data, StringComparison.Ordinal);
        Assert.Equal(original, Serializer.Deserialize(stored));
    }

    [ScaledProperty]
    public Property Every_generated_event_round_trips(PositiveInt seconds, byte suffix, NonEmptyString compound)
    {
        var code = new string([.. compound.Get.Where(char.IsAsciiLetterOrDigit).Take(20)]);
        var original = Survey(seconds.Get, 1 + (suffix % 200), code.Length == 0 ? "X" : code);
        return (Serializer.Deserialize(Serializer.Serialize(original)) == original).ToProperty();
    }

    [Fact]
    public void An_older_shape_is_upcast_before_it_is_read()
    {
        // The shape written by version 1, as a store would have kept it.
        var stored = new StoredEvent("ResidentContacted", 1, """{"occurredAt":"2026-11-30T08:00:00Z","resident":"r-17","phoneNumber":"13800000000","note":"parking"}""");

        var read = Assert.IsType<ResidentContacted>(Serializer.Deserialize(stored));

        Assert.Equal("parking", read.Topic);
        Assert.Equal(new ActorId("r-17"), read.Resident);
    }

    [Fact]
    public void A_personal_datum_of_an_event_is_redacted_from_its_description()
    {
        var contacted = new ResidentContacted(Instant.FromUnixTimeSeconds(0), new ActorId("r-17"), "13800000000", "parking");

        Assert.DoesNotContain("13800000000", contacted.ToString(), StringComparison.Ordinal);
        Assert.Contains(DomainEvent.Redacted, contacted.ToString(), StringComparison.Ordinal);
        Assert.Contains("parking", contacted.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_is_described_the_same_whatever_the_current_culture()
    {
        var survey = Survey(1_764_460_800, 1, "GY-01");
        var before = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("zh-CN");
            var chinese = survey.ToString();
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("de-DE");

            Assert.Equal(chinese, survey.ToString());
            Assert.Contains("Day = 2026-11-30", chinese, StringComparison.Ordinal);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData("NoSuchEvent", 1, "{}")]
    [InlineData("ResidentContacted", 3, "{}")]
    [InlineData("UnitSurveyed", 1, "{}")]
    [InlineData("UnitSurveyed", 1, "not json")]
    public void An_unreadable_stored_event_is_refused_naming_the_rule(string type, int version, string data)
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => Serializer.Deserialize(new StoredEvent(type, version, data)));
        Assert.Equal(StorageRules.StoredEventIsReadable, error.Rule);
    }

    [Fact]
    public void A_stored_value_that_breaks_its_own_rule_is_refused_naming_that_rule()
    {
        var stored = Serializer.Serialize(Survey(0, 1, "GY-01"));
        var tampered = stored with { Data = stored.Data.Replace("510115001001", "51011500100", StringComparison.Ordinal) };

        var error = Assert.Throws<DomainRuleViolationException>(() => Serializer.Deserialize(tampered));
        Assert.Equal(CommunityRules.AreaCodeIsWellFormed, error.Rule);
    }

    [Fact]
    public void A_version_without_its_upcaster_is_refused()
    {
        var withoutUpcasters = new DomainEventSerializer(vendorAssemblies: [typeof(UnitSurveyed).Assembly]);
        var stored = new StoredEvent("ResidentContacted", 1, """{"occurredAt":"2026-11-30T08:00:00Z","resident":"r-17","phoneNumber":"1","note":"x"}""");

        var error = Assert.Throws<DomainRuleViolationException>(() => withoutUpcasters.Deserialize(stored));
        Assert.Contains("No upcaster", error.Message, StringComparison.Ordinal);
    }

    private sealed class NoteBecameTopic : IEventUpcaster
    {
        public string EventType => nameof(ResidentContacted);

        public int FromVersion => 1;

        public JsonObject Upcast(JsonObject data)
        {
            data["topic"] = data["note"]?.DeepClone();
            data.Remove("note");
            return data;
        }
    }
}
