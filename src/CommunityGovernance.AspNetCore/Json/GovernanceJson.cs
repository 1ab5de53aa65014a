using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace CommunityGovernance.AspNetCore.Json;

/// <summary>
/// The JSON dialect of the library's HTTP answers, the same as its stored events: readable Chinese (光华逸家, not
/// <c>\u5149…</c>), camel-case names, enums as text, NodaTime values in their ISO forms. Ids and value objects carry
/// their own converters.
/// </summary>
public static class GovernanceJson
{
    /// <summary>Applies the dialect to options a vendor may extend afterwards.</summary>
    /// <param name="options">The options, e.g. ASP.NET Core's <c>JsonOptions.SerializerOptions</c>.</param>
    /// <returns>The same options.</returns>
    public static JsonSerializerOptions Apply(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping; // Answers go out as UTF-8 JSON, never into HTML or a script.
        if (!options.Converters.OfType<JsonStringEnumConverter>().Any())
        {
            options.Converters.Add(new JsonStringEnumConverter());
        }

        if (!options.Converters.Any(c => c.CanConvert(typeof(Instant))))
        {
            options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        }

        return options;
    }
}
