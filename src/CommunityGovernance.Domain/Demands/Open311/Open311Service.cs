using System.Text.Json.Serialization;

namespace CommunityGovernance.Demands.Open311;

/// <summary>
/// One entry of an Open311 GeoReport v2 service list (<c>GET services.json</c>): the interchange shape of a
/// <see cref="Catalogue.ServiceDefinition"/>. Member names follow the specification.
/// </summary>
/// <remarks>
/// A plain data shape: nothing is checked until <see cref="Open311Conversion.ToCatalogue"/> reads it. The
/// specification's <c>keywords</c> is one comma-separated text. Two entries are equal when every member is equal.
/// </remarks>
/// <param name="ServiceCode">The service's code (<c>service_code</c>).</param>
/// <param name="ServiceName">Its name (<c>service_name</c>).</param>
/// <param name="Description">Its description, or <see langword="null"/>.</param>
/// <param name="Metadata">Whether a service definition with attributes exists for it; always <see langword="true"/> for this library's services, whose definition carries the category.</param>
/// <param name="Type">How requests are handled: <c>realtime</c>, <c>batch</c> or <c>blackbox</c>.</param>
/// <param name="Keywords">Its keywords, comma-separated, or <see langword="null"/>.</param>
/// <param name="Group">The group it is listed under, or <see langword="null"/>.</param>
public sealed record Open311Service(
    [property: JsonPropertyName("service_code")] string ServiceCode,
    [property: JsonPropertyName("service_name")] string ServiceName,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("metadata")] bool Metadata,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("keywords")] string? Keywords,
    [property: JsonPropertyName("group")] string? Group);
