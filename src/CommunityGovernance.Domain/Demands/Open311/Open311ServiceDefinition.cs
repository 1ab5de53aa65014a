using System.Text.Json.Serialization;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Demands.Open311;

/// <summary>
/// An Open311 GeoReport v2 service definition (<c>GET services/{service_code}.json</c>): the attributes a request
/// of the service may or must carry.
/// </summary>
/// <remarks>
/// This library's definitions carry the service's <see cref="DemandCategory"/> as an informational attribute
/// (<c>variable</c> false, code <see cref="Open311Conversion.CategoryAttribute"/>), and offer urgency and intake
/// channel as optional single-value lists. Two definitions are equal when every member is equal.
/// </remarks>
/// <param name="ServiceCode">The service's code (<c>service_code</c>).</param>
/// <param name="Attributes">The attributes, in order (<c>attributes</c>).</param>
public sealed record Open311ServiceDefinition(
    [property: JsonPropertyName("service_code")] string ServiceCode,
    [property: JsonPropertyName("attributes")] EquatableArray<Open311Attribute> Attributes);

/// <summary>One attribute of an Open311 service definition.</summary>
/// <param name="Variable">Whether the requester supplies a value; <see langword="false"/> for information only.</param>
/// <param name="Code">The attribute's code.</param>
/// <param name="Datatype">One of <c>string</c>, <c>number</c>, <c>datetime</c>, <c>text</c>, <c>singlevaluelist</c>, <c>multivaluelist</c>.</param>
/// <param name="Required">Whether a value is required.</param>
/// <param name="DatatypeDescription">A description of the datatype, or <see langword="null"/>.</param>
/// <param name="Order">Its position among the attributes, from 1.</param>
/// <param name="Description">The question or information shown to the requester.</param>
/// <param name="Values">The values of a list, or <see langword="null"/> for other datatypes.</param>
public sealed record Open311Attribute(
    [property: JsonPropertyName("variable")] bool Variable,
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("datatype")] string Datatype,
    [property: JsonPropertyName("required")] bool Required,
    [property: JsonPropertyName("datatype_description")] string? DatatypeDescription,
    [property: JsonPropertyName("order")] int Order,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("values")] EquatableArray<Open311AttributeValue>? Values);

/// <summary>One value of an Open311 list attribute.</summary>
/// <param name="Key">The value sent in a request.</param>
/// <param name="Name">The value as shown to the requester.</param>
public sealed record Open311AttributeValue(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("name")] string Name);
