using System.Text.Json;
using System.Text.Json.Serialization;
using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Crossings;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;

namespace CommunityGovernance.Storage;

/// <summary>
/// JSON shapes of the shared value objects: every id is its text form, so stored events read as the domain
/// speaks (<c>"510115001001"</c>, not an object of digits and levels), and reading one validates it again.
/// Every id of the domain needs its entry here: the round-trip property in tests/…/Reliability fails for one that
/// is missing, since a struct id without one is written as an object and read back empty.
/// </summary>
internal static class ValueObjectConverters
{
    public static IEnumerable<JsonConverter> All() =>
    [
        new TextConverter<AreaCode>(AreaCode.Parse, c => c.ToString()),
        new TextConverter<AdministrativeCommunityId>(AdministrativeCommunityId.Parse, c => c.ToString()),
        new TextConverter<LivingCommunityId>(t => new LivingCommunityId(t), c => c.Value),
        new TextConverter<ActorId>(t => new ActorId(t), c => c.Value),
        new TextConverter<CrossingId>(t => new CrossingId(t), c => c.Value),
        new TextConverter<CompoundId>(t => new CompoundId(t), c => c.Value),
        new TextConverter<CourtyardId>(t => new CourtyardId(t), c => c.Value),
        new TextConverter<BuildingId>(t => new BuildingId(t), c => c.Value),
        new TextConverter<GovernanceRightId>(t => new GovernanceRightId(t), c => c.Value),
        new TextConverter<GovernanceArrangementId>(t => new GovernanceArrangementId(t), c => c.Value),
        new GovernancePowersConverter(),
        new ResourceAllowanceConverter(),
        new CommunityUnitConverter(),
        new EquatableArrayConverterFactory(),
    ];

    private sealed class TextConverter<T>(Func<string, T> parse, Func<T, string> format) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            parse(reader.GetString() ?? throw new JsonException($"A {typeof(T).Name} is stored as a string."));

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(format(value));
    }

    /// <summary><c>"administrative:510115"</c> or <c>"living:GY-01"</c>: the side is always written out.</summary>
    private sealed class CommunityUnitConverter : JsonConverter<CommunityUnit>
    {
        private const string AdministrativePrefix = "administrative:";
        private const string LivingPrefix = "living:";

        public override CommunityUnit Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString() ?? throw new JsonException("A community unit is stored as a string.");
            if (text.StartsWith(AdministrativePrefix, StringComparison.Ordinal))
            {
                return CommunityUnit.Administrative(AreaCode.Parse(text[AdministrativePrefix.Length..]));
            }

            if (text.StartsWith(LivingPrefix, StringComparison.Ordinal))
            {
                return CommunityUnit.Living(new LivingCommunityId(text[LivingPrefix.Length..]));
            }

            throw new JsonException("A community unit is stored as 'administrative:<area code>' or 'living:<id>'.");
        }

        public override void Write(Utf8JsonWriter writer, CommunityUnit value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.IsLiving ? LivingPrefix + value.LivingCommunityId.Value : AdministrativePrefix + value.AreaCode);
    }

    /// <summary>
    /// <c>["TaskSetting","TimeScheduling"]</c>: the powers by name, not the bit set, so that a store stays readable if
    /// the bits are ever reordered.
    /// </summary>
    private sealed class GovernancePowersConverter : JsonConverter<GovernancePowers>
    {
        public override GovernancePowers Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            GovernancePowers.Of(JsonSerializer.Deserialize<GovernancePower[]>(ref reader, options)
                ?? throw new JsonException("Governance powers are stored as an array of power names."));

        public override void Write(Utf8JsonWriter writer, GovernancePowers value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.ToEnumerable().ToArray(), options);
    }

    /// <summary>
    /// <c>{"funds":1000,"venues":2,"services":0,"volunteers":5}</c>. The struct's implicit parameterless constructor
    /// would otherwise win, and every stored allowance would read back as none; reading validates it again.
    /// </summary>
    private sealed class ResourceAllowanceConverter : JsonConverter<ResourceAllowance>
    {
        public override ResourceAllowance Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var stored = JsonSerializer.Deserialize<StoredAllowance>(ref reader, options)
                ?? throw new JsonException("A resource allowance is stored as an object.");
            return new ResourceAllowance(stored.Funds, stored.Venues, stored.Services, stored.Volunteers);
        }

        public override void Write(Utf8JsonWriter writer, ResourceAllowance value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, new StoredAllowance(value.Funds, value.Venues, value.Services, value.Volunteers), options);

        private sealed record StoredAllowance(long Funds, long Venues, long Services, long Volunteers);
    }

    private sealed class EquatableArrayConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) =>
            typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(EquatableArray<>);

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(EquatableArrayConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;
    }

    private sealed class EquatableArrayConverter<T> : JsonConverter<EquatableArray<T>>
    {
        public override EquatableArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new(JsonSerializer.Deserialize<T[]>(ref reader, options) ?? []);

        public override void Write(Utf8JsonWriter writer, EquatableArray<T> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.Items.AsSpan().ToArray(), options);
    }
}
