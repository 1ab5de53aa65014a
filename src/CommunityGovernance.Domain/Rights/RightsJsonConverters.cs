using System.Text.Json;
using System.Text.Json.Serialization;

namespace CommunityGovernance.Rights;

// ["TaskSetting","TimeScheduling"]: the powers by name, not the bit set, so that a store stays readable if the bits are
// ever reordered. The names come from the converter's own options, not the caller's, so the shape holds for any user.
internal sealed class GovernancePowersJsonConverter : JsonConverter<GovernancePowers>
{
    private static readonly JsonSerializerOptions Names = new() { Converters = { new JsonStringEnumConverter<GovernancePower>() } };

    public override GovernancePowers Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        GovernancePowers.Of(JsonSerializer.Deserialize<GovernancePower[]>(ref reader, Names)
            ?? throw new JsonException("Governance powers are stored as an array of power names."));

    public override void Write(Utf8JsonWriter writer, GovernancePowers value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value.ToEnumerable().ToArray(), Names);
}

// {"funds":1000,"venues":2,"services":0,"volunteers":5}. The struct's implicit parameterless constructor would otherwise
// win, and every stored allowance would read back as none; reading validates it again.
internal sealed class ResourceAllowanceJsonConverter : JsonConverter<ResourceAllowance>
{
    public override ResourceAllowance Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var stored = JsonSerializer.Deserialize<StoredAllowance>(ref reader, options)
            ?? throw new JsonException("A resource allowance is stored as an object.");
        return new ResourceAllowance(stored.Funds, stored.Venues, stored.Services, stored.Volunteers);
    }

    public override void Write(Utf8JsonWriter writer, ResourceAllowance value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, new StoredAllowance(value.Funds, value.Venues, value.Services, value.Volunteers), options);

    // The names are fixed here, so the shape does not depend on the caller's naming policy.
    private sealed record StoredAllowance(
        [property: JsonPropertyName("funds")] long Funds,
        [property: JsonPropertyName("venues")] long Venues,
        [property: JsonPropertyName("services")] long Services,
        [property: JsonPropertyName("volunteers")] long Volunteers);
}
