using System.Text.Json;
using System.Text.Json.Serialization;

namespace CommunityGovernance.Kernel;

// The JSON shape of a value object kept as its text (the ids, area codes, names, phone numbers…): reading one runs
// its validation again. Each converter is attached to its type with [JsonConverter], the library's one way to give a
// value object its JSON shape, so that any System.Text.Json user (a store, Marten, ASP.NET Core) reads it back equal
// without our options.
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
