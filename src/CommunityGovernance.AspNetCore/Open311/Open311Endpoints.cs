using System.Globalization;
using System.Security.Claims;
using CommunityGovernance.AspNetCore.Diagnostics;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Demands;
using CommunityGovernance.Demands.Catalogue;
using CommunityGovernance.Demands.Open311;
using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;

namespace CommunityGovernance.AspNetCore.Open311;

/// <summary>
/// The Open311 GeoReport v2 endpoints over the library's service catalogue and demands, in JSON:
/// <c>GET services.json</c>, <c>GET services/{service_code}.json</c>, <c>GET requests.json</c>,
/// <c>GET requests/{service_request_id}.json</c> and <c>POST requests.json</c>.
/// </summary>
/// <remarks>
/// <para>
/// The catalogue is the registered <see cref="ServiceCatalogue"/> (<see cref="ServiceCatalogue.Example"/> unless the
/// vendor registers its own). A posted request is form-encoded, as the standard defines it: <c>service_code</c>,
/// <c>description</c>, <c>address_string</c>, <c>lat</c>/<c>long</c>, <c>media_url</c>, <c>attribute[urgency]</c>,
/// <c>attribute[channel]</c>, and <c>jurisdiction_id</c>, which names the unit the request is about
/// (<c>administrative:&lt;area code&gt;</c> or <c>living:&lt;id&gt;</c>). The raiser is the signed-in user's actor.
/// </para>
/// <para>
/// Errors are answered as the standard's list of <c>{ code, description }</c>: 400 for a request the rules refuse (the
/// rule's name leads the description), 404 for an unknown service or request.
/// </para>
/// </remarks>
public static class Open311Endpoints
{
    /// <summary>The conventional prefix of GeoReport v2.</summary>
    public const string DefaultPrefix = "/open311/v2";

    /// <summary>The most requests <c>GET requests.json</c> answers with, as the standard allows a server to cap it.</summary>
    public const int MaxRequests = 1000;

    /// <summary>Maps the Open311 GeoReport v2 endpoints.</summary>
    /// <param name="endpoints">The application.</param>
    /// <param name="prefix">Where they live.</param>
    /// <returns>The group, for a vendor to add its own conventions (authorization on the POST is already required).</returns>
    public static RouteGroupBuilder MapOpen311GeoReport(this IEndpointRouteBuilder endpoints, string prefix = DefaultPrefix)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup(prefix);
        group.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context).ConfigureAwait(false);
            }
            catch (DomainException refused) when (refused is not ConcurrencyConflictException)
            {
                return Error(StatusCodes.Status400BadRequest, refused.Message);
            }
        });

        group.MapGet("/services.json", (IServiceProvider services) =>
            Json(Open311Conversion.ToServiceList(CatalogueOf(services))));

        group.MapGet("/services/{serviceCode}.json", (string serviceCode, IServiceProvider services) =>
            CatalogueOf(services).TryFind(new ServiceCode(serviceCode), out var service)
                ? Json(Open311Conversion.ToServiceDefinition(service))
                : Error(StatusCodes.Status404NotFound, $"No service '{serviceCode}'."));

        group.MapGet("/requests.json", async (HttpRequest request, IEventStore store, CancellationToken cancellationToken) =>
        {
            var query = request.Query;
            var ids = Split(query["service_request_id"]);
            var codes = Split(query["service_code"]);
            var status = query["status"].ToString();
            var start = Date(query["start_date"]);
            var end = Date(query["end_date"]);
            var answers = new List<Open311ServiceRequest>();
            if (ids.Count > 0)
            {
                foreach (var id in ids)
                {
                    if (await store.LoadAsync(Demand.StreamOf(new DemandId(id)), cancellationToken).ConfigureAwait(false) is { } demand)
                    {
                        answers.Add(Open311Conversion.ToServiceRequest(demand));
                    }
                }

                return Json(answers);
            }

            await foreach (var demand in store.LoadAllAsync<Demand>(cancellationToken).ConfigureAwait(false))
            {
                var answer = Open311Conversion.ToServiceRequest(demand);
                if ((codes.Count == 0 || (answer.ServiceCode is { } code && codes.Contains(code)))
                    && (status.Length == 0 || string.Equals(status, answer.Status, StringComparison.Ordinal))
                    && (start is null || answer.RequestedDatetime >= start)
                    && (end is null || answer.RequestedDatetime <= end))
                {
                    answers.Add(answer);
                }
            }

            return Json(answers.OrderByDescending(a => a.RequestedDatetime).Take(MaxRequests));
        });

        group.MapGet("/requests/{serviceRequestId}.json", async (string serviceRequestId, IEventStore store, CancellationToken cancellationToken) =>
            await store.LoadAsync(Demand.StreamOf(new DemandId(serviceRequestId)), cancellationToken).ConfigureAwait(false) is { } demand
                ? Json(new[] { Open311Conversion.ToServiceRequest(demand) })
                : Error(StatusCodes.Status404NotFound, $"No service request '{serviceRequestId}'."));

        group.MapPost("/requests.json", async (HttpRequest request, ClaimsPrincipal user, IServiceProvider services, IEventStore store, IClock clock, ICommunityDirectory directory, IOptions<CommunityGovernanceOptions> options, CancellationToken cancellationToken) =>
        {
            if (!request.HasFormContentType)
            {
                return Error(StatusCodes.Status400BadRequest, "Post the request form-encoded (application/x-www-form-urlencoded), as GeoReport v2 defines it.");
            }

            var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
            var raiser = user.FindFirst(options.Value.ActorClaimType)?.Value;
            var now = clock.GetCurrentInstant();
            var id = "O311-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();
            var asked = new Open311ServiceRequest(
                id, null, null, null, Value(form["service_code"]), Value(form["description"]), null,
                now.ToDateTimeOffset(), null, null, Value(form["address_string"]), Number(form["lat"]), Number(form["long"]), Value(form["media_url"]), null,
                new Open311Extensions(
                    Raiser: raiser,
                    Subject: Value(form["jurisdiction_id"]),
                    Channel: Enum.TryParse<IntakeChannel>(form["attribute[channel]"], out var channel) ? channel : null,
                    Urgency: Enum.TryParse<DemandUrgency>(form["attribute[urgency]"], out var urgency) ? urgency : null));
            var raised = await GovernanceCommand.RunAsync("Open311.PostRequest", default, async () =>
            {
                var demand = Open311Conversion.RaiseFrom(asked, CatalogueOf(services), DemandDeadlines.Default, directory);
                await store.SaveAsync(demand, cancellationToken).ConfigureAwait(false);
                return demand;
            }).ConfigureAwait(false);
            return Json(new[] { new Open311PostAnswer(raised.Id.Value, null, null) }, StatusCodes.Status201Created);
        }).RequireAuthorization();

        return group;
    }

    private static ServiceCatalogue CatalogueOf(IServiceProvider services) => services.GetService<ServiceCatalogue>() ?? ServiceCatalogue.Example;

    private static IResult Json<T>(T value, int status = StatusCodes.Status200OK) =>
        Results.Json(value, Open311Conversion.JsonOptions, statusCode: status);

    private static IResult Error(int code, string description) =>
        Json(new[] { new Open311Error(code, description) }, code);

    private static string? Value(Microsoft.Extensions.Primitives.StringValues value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.ToString();

    private static double? Number(Microsoft.Extensions.Primitives.StringValues value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static DateTimeOffset? Date(Microsoft.Extensions.Primitives.StringValues value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;

    private static HashSet<string> Split(Microsoft.Extensions.Primitives.StringValues value) =>
        [.. value.ToString().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}

/// <summary>One GeoReport v2 error: its code and what went wrong.</summary>
/// <param name="Code">The HTTP status it came with.</param>
/// <param name="Description">What went wrong.</param>
public sealed record Open311Error(int Code, string Description);

/// <summary>The answer to a posted service request: its id (the demand's), and no notice or token.</summary>
/// <param name="ServiceRequestId">The new request's id.</param>
/// <param name="ServiceNotice">A notice to the requester, if any.</param>
/// <param name="Token">A token for a request whose id comes later; never used here.</param>
public sealed record Open311PostAnswer(string ServiceRequestId, string? ServiceNotice, string? Token);
