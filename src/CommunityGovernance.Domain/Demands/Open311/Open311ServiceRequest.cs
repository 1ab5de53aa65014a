using System.Text.Json.Serialization;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Demands.Open311;

/// <summary>
/// An Open311 GeoReport v2 service request (<c>GET requests.json</c>, and the fields of <c>POST requests.json</c>):
/// the interchange shape of a <see cref="Demand"/>. Member names follow the specification; what the specification
/// has no field for travels in <see cref="Extensions"/> (<c>extended_attributes</c>, as GeoReport v2 extensions do).
/// </summary>
/// <remarks>
/// <para>
/// <c>lat</c>/<c>long</c> are WGS-84 by the specification, so only a WGS-84 point is written there; a point in another
/// datum travels in the extensions with its datum named. Date-times are W3C date-times with China's offset (+08:00),
/// exact to 100 ns.
/// </para>
/// <para>
/// Address, coordinates, media and the account are personal data: a request carries them to the desk that handles
/// the case, and is to be kept and logged like the demand itself. Two requests are equal when every member is equal.
/// </para>
/// </remarks>
/// <param name="ServiceRequestId">The request's id (<c>service_request_id</c>): the demand's id.</param>
/// <param name="Status"><c>open</c> or <c>closed</c>.</param>
/// <param name="StatusNotes">The latest answer or reasons (<c>status_notes</c>), or <see langword="null"/>.</param>
/// <param name="ServiceName">The service's name (<c>service_name</c>), or the demand's subcategory.</param>
/// <param name="ServiceCode">The service's code (<c>service_code</c>), or <see langword="null"/> for a demand raised by category alone.</param>
/// <param name="Description">What is asked (<c>description</c>).</param>
/// <param name="AgencyResponsible">The current assignee (<c>agency_responsible</c>), or <see langword="null"/>.</param>
/// <param name="RequestedDatetime">When it was raised (<c>requested_datetime</c>).</param>
/// <param name="UpdatedDatetime">When its latest step was taken (<c>updated_datetime</c>).</param>
/// <param name="ExpectedDatetime">When an answer is due (<c>expected_datetime</c>).</param>
/// <param name="Address">The address (<c>address</c>), or <see langword="null"/>. Personal data.</param>
/// <param name="Latitude">The WGS-84 latitude (<c>lat</c>), or <see langword="null"/>. Personal data.</param>
/// <param name="Longitude">The WGS-84 longitude (<c>long</c>), or <see langword="null"/>. Personal data.</param>
/// <param name="MediaUrl">The first media reference (<c>media_url</c>), or <see langword="null"/>. Personal data.</param>
/// <param name="AccountId">The raiser's account (<c>account_id</c>, a POST field), or <see langword="null"/>.</param>
/// <param name="Extensions">What the specification has no field for, or <see langword="null"/>.</param>
public sealed record Open311ServiceRequest(
    [property: JsonPropertyName("service_request_id")] string? ServiceRequestId,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("status_notes")] string? StatusNotes,
    [property: JsonPropertyName("service_name")] string? ServiceName,
    [property: JsonPropertyName("service_code")] string? ServiceCode,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("agency_responsible")] string? AgencyResponsible,
    [property: JsonPropertyName("requested_datetime")] DateTimeOffset? RequestedDatetime,
    [property: JsonPropertyName("updated_datetime")] DateTimeOffset? UpdatedDatetime,
    [property: JsonPropertyName("expected_datetime")] DateTimeOffset? ExpectedDatetime,
    [property: JsonPropertyName("address")] string? Address,
    [property: JsonPropertyName("lat")] double? Latitude,
    [property: JsonPropertyName("long")] double? Longitude,
    [property: JsonPropertyName("media_url")] string? MediaUrl,
    [property: JsonPropertyName("account_id")] string? AccountId,
    [property: JsonPropertyName("extended_attributes")] Open311Extensions? Extensions);

/// <summary>
/// What a <see cref="Demand"/> holds that Open311 GeoReport v2 has no field for, sent as the request's
/// <c>extended_attributes</c>.
/// </summary>
/// <param name="Raiser">The raiser's actor id, or <see langword="null"/>.</param>
/// <param name="Subject">The unit it is about, as <c>administrative:&lt;area code&gt;</c> or <c>living:&lt;id&gt;</c>, or <see langword="null"/>.</param>
/// <param name="Category">The demand category, or <see langword="null"/>.</param>
/// <param name="Subcategory">The subcategory, when it differs from the service name, or <see langword="null"/>.</param>
/// <param name="DemandStatus">The demand's own status (finer than open/closed), or <see langword="null"/>.</param>
/// <param name="Channel">How it came in, or <see langword="null"/>.</param>
/// <param name="Urgency">How urgent it is, or <see langword="null"/>.</param>
/// <param name="Coordinates">The point in a datum other than WGS-84, or <see langword="null"/>. Personal data.</param>
/// <param name="Media">Every media reference, or <see langword="null"/>. Personal data.</param>
/// <param name="Building">The building the matter is in (<see cref="DemandLocation.Building"/>), or <see langword="null"/>.</param>
public sealed record Open311Extensions(
    [property: JsonPropertyName("raiser")] string? Raiser = null,
    [property: JsonPropertyName("subject")] string? Subject = null,
    [property: JsonPropertyName("category")] DemandCategory? Category = null,
    [property: JsonPropertyName("subcategory")] string? Subcategory = null,
    [property: JsonPropertyName("demand_status")] DemandStatus? DemandStatus = null,
    [property: JsonPropertyName("channel")] IntakeChannel? Channel = null,
    [property: JsonPropertyName("urgency")] DemandUrgency? Urgency = null,
    [property: JsonPropertyName("coordinates")] GeoPoint? Coordinates = null,
    [property: JsonPropertyName("media")] EquatableArray<string>? Media = null,
    [property: JsonPropertyName("building")] string? Building = null);
