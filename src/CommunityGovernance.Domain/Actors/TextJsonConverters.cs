using System.Text.Json;
using System.Text.Json.Serialization;

namespace CommunityGovernance.Actors;

// Stored events keep these value objects as their text, like the shared ids, and reading one validates it again.
// They are attached to the types themselves so that any System.Text.Json event store reads them back equal.
internal abstract class TextJsonConverter<T> : JsonConverter<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.GetString() ?? throw new JsonException($"A {typeof(T).Name} is stored as a string."));

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Format(value));
    }

    protected abstract T Parse(string text);

    protected abstract string Format(T value);
}

internal sealed class PersonNameJsonConverter : TextJsonConverter<PersonName>
{
    protected override PersonName Parse(string text) => new(text);

    protected override string Format(PersonName value) => value.Value;
}

internal sealed class PhoneNumberJsonConverter : TextJsonConverter<PhoneNumber>
{
    protected override PhoneNumber Parse(string text) => new(text);

    protected override string Format(PhoneNumber value) => value.Value;
}

internal sealed class ResidentIdentityNumberJsonConverter : TextJsonConverter<ResidentIdentityNumber>
{
    protected override ResidentIdentityNumber Parse(string text) => ResidentIdentityNumber.Parse(text);

    protected override string Format(ResidentIdentityNumber value) => value.Value;
}
