using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Demands.Catalogue;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Demands.Open311;

/// <summary>
/// Converts a <see cref="ServiceCatalogue"/> to and from an Open311 GeoReport v2 service list with its service
/// definitions, and a <see cref="Demand"/> to and from an Open311 service request: the shapes a 12345 platform, a
/// city's Open311 endpoint or the ASP.NET Core integration exchange.
/// </summary>
/// <remarks>
/// <para>
/// Round trips hold: a catalogue read back from its own list and definitions equals it, and a demand raised from
/// its own request has the same id, raiser, subject, category, subcategory, text, times, service and intake (a
/// property test checks both through JSON). The request carries a demand's current state, not its history.
/// </para>
/// <para>
/// Serialize the shapes with <see cref="JsonOptions"/>: specification names, nulls left out, enums by name,
/// Chinese text unescaped.
/// </para>
/// </remarks>
public static class Open311Conversion
{
    /// <summary>The code of the informational attribute that carries a service's <see cref="DemandCategory"/>.</summary>
    public const string CategoryAttribute = "category";

    /// <summary>The code of the optional attribute for a request's <see cref="DemandUrgency"/>.</summary>
    public const string UrgencyAttribute = "urgency";

    /// <summary>The code of the optional attribute for a request's <see cref="IntakeChannel"/>.</summary>
    public const string ChannelAttribute = "channel";

    /// <summary>The request status of a demand in a final status.</summary>
    public const string Closed = "closed";

    /// <summary>The request status of every other demand.</summary>
    public const string Open = "open";

    private static readonly TimeSpan s_chinaOffset = TimeSpan.FromHours(8);

    /// <summary>The JSON options for the Open311 shapes: read-only, shared.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = CreateOptions();

    /// <summary>The service list of a catalogue, in catalogue order.</summary>
    /// <param name="catalogue">The catalogue.</param>
    /// <returns>One entry per service.</returns>
    /// <exception cref="DomainRuleViolationException">The catalogue is missing.</exception>
    public static IReadOnlyList<Open311Service> ToServiceList(ServiceCatalogue catalogue) =>
        [.. Guard.Against.MissingValue(catalogue).Services.Select(ToService)];

    /// <summary>The service list entry of one service.</summary>
    /// <param name="service">The service.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="DomainRuleViolationException">The service is missing.</exception>
    public static Open311Service ToService(ServiceDefinition service)
    {
        Guard.Against.MissingValue(service);
        return new Open311Service(
            service.Code.Value, service.Name, service.Description, Metadata: true, "realtime",
            service.Keywords.Count == 0 ? null : string.Join(',', service.Keywords), service.Group);
    }

    /// <summary>The service definitions of a catalogue, in catalogue order.</summary>
    /// <param name="catalogue">The catalogue.</param>
    /// <returns>One definition per service.</returns>
    /// <exception cref="DomainRuleViolationException">The catalogue is missing.</exception>
    public static IReadOnlyList<Open311ServiceDefinition> ToServiceDefinitions(ServiceCatalogue catalogue) =>
        [.. Guard.Against.MissingValue(catalogue).Services.Select(ToServiceDefinition)];

    /// <summary>The service definition of one service: its category (information only), then urgency and channel (optional lists).</summary>
    /// <param name="service">The service.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="DomainRuleViolationException">The service is missing.</exception>
    public static Open311ServiceDefinition ToServiceDefinition(ServiceDefinition service)
    {
        Guard.Against.MissingValue(service);
        return new Open311ServiceDefinition(service.Code.Value, new EquatableArray<Open311Attribute>(
        [
            new Open311Attribute(false, CategoryAttribute, "string", false, "The demand category this service is routed under.", 1, service.Category.ToString(), null),
            new Open311Attribute(true, UrgencyAttribute, "singlevaluelist", false, null, 2, "How urgent is it? (紧急程度)", ValuesOf<DemandUrgency>()),
            new Open311Attribute(true, ChannelAttribute, "singlevaluelist", false, null, 3, "How did the case come in? (受理渠道)", ValuesOf<IntakeChannel>()),
        ]));
    }

    /// <summary>Reads a service list and its definitions into a catalogue.</summary>
    /// <param name="services">The service list.</param>
    /// <param name="definitions">The service definitions; a service's category is read from its definition's <see cref="CategoryAttribute"/>.</param>
    /// <param name="categorise">The category of a service whose definition gives none (another platform's list), or <see langword="null"/> to refuse such services.</param>
    /// <returns>The catalogue, in list order.</returns>
    /// <exception cref="DomainRuleViolationException">A service has no category (<see cref="DemandRules.ImportedServiceHasCategory"/>), or a field is malformed or listed twice.</exception>
    public static ServiceCatalogue ToCatalogue(IEnumerable<Open311Service> services, IEnumerable<Open311ServiceDefinition> definitions, Func<Open311Service, DemandCategory>? categorise = null)
    {
        Guard.Against.MissingValue(services);
        var categories = new Dictionary<string, DemandCategory>(StringComparer.Ordinal);
        foreach (var definition in Guard.Against.MissingValue(definitions))
        {
            if (definition?.Attributes.FirstOrDefault(a => a is { Variable: false, Code: CategoryAttribute }) is { } attribute
                && Enum.TryParse<DemandCategory>(attribute.Description, ignoreCase: false, out var category) && Enum.IsDefined(category))
            {
                categories[definition.ServiceCode] = category;
            }
        }

        return ServiceCatalogue.Of(services.Select(s =>
        {
            Guard.Against.MissingValue(s);
            var category = categories.TryGetValue(s.ServiceCode ?? string.Empty, out var given) ? given
                : categorise is not null ? categorise(s)
                : throw new DomainRuleViolationException(DemandRules.ImportedServiceHasCategory, $"Service '{s.ServiceCode}' has no category attribute, and no categorise function was given.");
            var keywords = (s.Keywords ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return new ServiceDefinition(new ServiceCode(s.ServiceCode!), s.ServiceName, s.Group ?? s.ServiceName, category, keywords, s.Description);
        }));
    }

    /// <summary>The service request that shows a demand's current state.</summary>
    /// <param name="demand">The demand.</param>
    /// <returns>The request.</returns>
    /// <exception cref="DomainRuleViolationException">The demand is missing.</exception>
    public static Open311ServiceRequest ToServiceRequest(Demand demand)
    {
        Guard.Against.MissingValue(demand);
        var intake = demand.Intake;
        var point = intake?.Location?.Coordinates;
        var wgs84 = point is { Datum: GeodeticDatum.Wgs84 } ? point : null;
        var media = intake?.Media ?? default;
        var extensions = new Open311Extensions(
            demand.Raiser.Value,
            UnitText(demand.Subject),
            demand.Category,
            demand.Service is null ? demand.Subcategory : null,
            demand.Status,
            intake?.Channel,
            intake?.Urgency,
            wgs84 is null ? point : null,
            media.Count > 1 ? new EquatableArray<string>(media.Select(m => m.Uri)) : null,
            intake?.Location?.Building?.Value);
        return new Open311ServiceRequest(
            demand.Id.Value,
            DemandLifecycle.IsFinal(demand.Status) ? Closed : Open,
            demand.Answer ?? demand.Reasons,
            demand.Subcategory,
            demand.Service?.Value,
            demand.Text,
            demand.Assignee?.Value,
            Offset(demand.RaisedAt),
            Offset(demand.Steps[^1].At),
            Offset(demand.DueAt),
            intake?.Location?.Address,
            wgs84?.Latitude,
            wgs84?.Longitude,
            media.Count > 0 ? media[0].Uri : null,
            null,
            extensions);
    }

    /// <summary>
    /// Raises the demand a service request asks for: its id, raiser (<c>extended_attributes.raiser</c> or
    /// <c>account_id</c>), subject, service (or category and subcategory), description, location, media, channel,
    /// urgency and requested time. The request's status, notes and assignee are not replayed: they describe steps a
    /// demand takes after it is raised.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="catalogue">The catalogue its <c>service_code</c> is looked up in.</param>
    /// <param name="deadlines">The deadline policy that fixes the demand's due instant.</param>
    /// <param name="directory">What exists: the raiser must be registered and the subject established at the requested time.</param>
    /// <returns>The demand, with one pending <see cref="DemandRaised"/> event.</returns>
    /// <exception cref="DomainRuleViolationException">A field is missing (<see cref="DemandRules.ServiceRequestIsComplete"/>) or malformed, the service is not in the catalogue, or the raiser or subject is unknown to the directory.</exception>
    public static Demand RaiseFrom(Open311ServiceRequest request, ServiceCatalogue catalogue, DemandDeadlines deadlines, ICommunityDirectory directory)
    {
        Guard.Against.MissingValue(request);
        Guard.Against.MissingValue(catalogue);
        var extensions = request.Extensions ?? new Open311Extensions();
        var id = new DemandId(Required(request.ServiceRequestId, "service_request_id"));
        var raiser = new ActorId(Required(extensions.Raiser ?? request.AccountId, "extended_attributes.raiser or account_id"));
        var subjectText = Required(extensions.Subject, "extended_attributes.subject");
        var subject = Communities.CommunityUnitJsonConverter.TryParseText(subjectText, out var unit)
            ? unit
            : throw Incomplete("extended_attributes.subject must read 'administrative:<area code>' or 'living:<id>'");
        var text = Required(request.Description, "description");
        var at = Instant.FromDateTimeOffset(request.RequestedDatetime ?? throw Incomplete("requested_datetime is required"));

        if (request.ServiceCode is null)
        {
            var category = extensions.Category ?? throw Incomplete("a request without service_code needs extended_attributes.category");
            var subcategory = Required(extensions.Subcategory ?? request.ServiceName, "extended_attributes.subcategory or service_name");
            return Demand.Raise(id, raiser, subject, category, subcategory, text, deadlines, directory, at);
        }

        var service = catalogue[new ServiceCode(request.ServiceCode)];
        var point = extensions.Coordinates
            ?? (request is { Latitude: { } latitude, Longitude: { } longitude } ? new GeoPoint(latitude, longitude, GeodeticDatum.Wgs84) : (GeoPoint?)null);
        var building = extensions.Building is { } buildingText ? new BuildingId(buildingText) : (BuildingId?)null;
        var location = request.Address is { } address ? new DemandLocation(address, point, building) : null;
        var media = extensions.Media is { } all ? all.Select(m => new MediaReference(m))
            : request.MediaUrl is { } url ? [new MediaReference(url)]
            : [];
        var intake = new DemandIntake(extensions.Channel ?? IntakeChannel.App, extensions.Urgency ?? DemandUrgency.Routine, location, media);
        return Demand.Raise(id, raiser, subject, service, text, intake, deadlines, directory, at);
    }

    private static string UnitText(CommunityUnit unit) => Communities.CommunityUnitJsonConverter.Text(unit);

    private static DateTimeOffset Offset(Instant instant) => instant.ToDateTimeOffset().ToOffset(s_chinaOffset);

    private static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw Incomplete($"{field} is required") : value;

    private static DomainRuleViolationException Incomplete(string what) =>
        new(DemandRules.ServiceRequestIsComplete, $"The Open311 service request is incomplete: {what}.");

    private static EquatableArray<Open311AttributeValue> ValuesOf<TEnum>()
        where TEnum : struct, Enum =>
        new(Enum.GetValues<TEnum>().Select(v => new Open311AttributeValue(v.ToString(), v.ToString())));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
