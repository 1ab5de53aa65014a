using System.Security.Claims;
using CommunityGovernance.Actors;
using CommunityGovernance.AspNetCore.Authorization;
using CommunityGovernance.AspNetCore.Http;
using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using CommunityGovernance.Rights;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using StreetOffice.Desk;

namespace StreetOffice.Api;

/// <summary>
/// The desk's JSON API under <c>/api</c>: demands (list, read with an ETag, raise, route with <c>If-Match</c>), orders
/// (may I sink, sink), "why may I", and a community's response field behind a policy on the endpoint itself.
/// </summary>
internal static class DeskApi
{
    public static void MapDeskApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/demands", async (StreetDesk desk, CancellationToken cancellationToken) =>
            (await desk.DemandsAsync(cancellationToken)).Select(DemandAnswer.Of));

        api.MapGet("/demands/{id}", async (string id, StreetDesk desk, HttpResponse response, CancellationToken cancellationToken) =>
        {
            if (await desk.DemandAsync(new DemandId(id), cancellationToken) is not { } demand)
            {
                return Results.NotFound();
            }

            response.SetETag(demand);
            return Results.Ok(DemandAnswer.Of(demand));
        });

        api.MapPost("/demands", async (RaiseDemand body, ClaimsPrincipal user, StreetDesk desk, HttpResponse response, CancellationToken cancellationToken) =>
        {
            if (!GovernanceUnits.TryParse(body.Subject, out var subject))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["subject"] = ["Name a unit: administrative:<area code> or living:<id>."] });
            }

            var demand = await desk.RaiseAsync(ActorOf(user), subject, body.Category, body.Subcategory ?? string.Empty, body.Text ?? string.Empty, cancellationToken);
            response.SetETag(demand);
            return Results.Created($"/api/demands/{demand.Id}", DemandAnswer.Of(demand));
        }).RequireAuthorization();

        api.MapPost("/demands/{id}/route", async (string id, RouteDemand body, ClaimsPrincipal user, StreetDesk desk, IAuthorizationService authorization, HttpRequest request, HttpResponse response, CancellationToken cancellationToken) =>
        {
            if (await desk.DemandAsync(new DemandId(id), cancellationToken) is not { } demand)
            {
                return Results.NotFound();
            }

            // Routing sets the task of whoever takes it: the router holds task setting over the demand's jurisdiction.
            var jurisdiction = await DemandJurisdiction.OfAsync(demand, desk, cancellationToken);
            if (!(await authorization.AuthorizeAsync(user, jurisdiction, GovernancePolicies.TaskSetting)).Succeeded)
            {
                return Results.Forbid();
            }

            request.CheckIfMatch(demand);
            await desk.RouteAsync(demand, ActorOf(user), new ActorId(body.Assignee), body.Note, cancellationToken);
            response.SetETag(demand);
            return Results.Ok(DemandAnswer.Of(demand));
        }).RequireAuthorization();

        api.MapGet("/orders/authority", async (GovernancePower power, string target, ClaimsPrincipal user, StreetDesk desk, CancellationToken cancellationToken) =>
        {
            var authority = await desk.MaySinkAsync(ActorOf(user), power, new LivingCommunityId(target), cancellationToken);
            return Results.Ok(new
            {
                authority.IsAllowed,
                Channels = authority.Channels.Select(c => c.ToString()),
                authority.Justification.Reason,
                Refusal = authority.Justification.Refusal,
            });
        }).RequireAuthorization();

        api.MapPost("/orders", async (SinkOrder body, ClaimsPrincipal user, StreetDesk desk, HttpResponse response, CancellationToken cancellationToken) =>
        {
            var order = await desk.SinkAsync(ActorOf(user), body.Power, new LivingCommunityId(body.Target), AdministrativeCommunityId.Parse(body.Through), body.Task ?? string.Empty, body.DueOn, cancellationToken);
            response.SetETag(order);
            return Results.Created($"/api/orders/{order.Id}", new { Id = order.Id.ToString(), order.Status, AuthorisedBy = order.AuthorisedBy?.ToString() });
        }).RequireAuthorization();

        api.MapGet("/rights/why", (GovernancePower power, string unit, ClaimsPrincipal user, StreetDesk desk) =>
        {
            if (!GovernanceUnits.TryParse(unit, out var target))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["unit"] = ["Name a unit: administrative:<area code> or living:<id>."] });
            }

            var why = desk.Explain(ActorOf(user), power, target);
            return Results.Ok(new { why.IsAllowed, why.Refusal, why.Reason, Chain = why.Chain.Select(l => l.Right.ToString()) });
        }).RequireAuthorization();

        // A policy on the endpoint: the handler reads the unit from the route value "areaCode".
        api.MapGet("/communities/{areaCode}/response-field", async (string areaCode, StreetDesk desk, IClock clock, CancellationToken cancellationToken) =>
        {
            var unit = CommunityUnit.Administrative(AreaCode.Parse(areaCode));
            var demands = (await desk.DemandsAsync(cancellationToken)).Where(d => d.Subject == unit);
            return Results.Ok(ResponseField.Measure(demands, clock));
        }).RequireAuthorization(GovernancePolicies.InspectionAndAssessment);
    }

    /// <summary>The signed-in user's actor, from the library's actor claim.</summary>
    public static ActorId ActorOf(ClaimsPrincipal user) =>
        new(user.FindFirst(GovernanceClaimTypes.Actor)?.Value ?? throw new InvalidOperationException("The user is not signed in as an actor."));
}

/// <summary>A demand as the API answers it.</summary>
internal sealed record DemandAnswer(string Id, string Raiser, CommunityUnit Subject, DemandCategory Category, string Subcategory, string Text, DemandStatus Status, string? Assignee, Instant RaisedAt, Instant DueAt, long Version)
{
    public static DemandAnswer Of(Demand demand) =>
        new(demand.Id.Value, demand.Raiser.Value, demand.Subject, demand.Category, demand.Subcategory, demand.Text, demand.Status, demand.Assignee?.Value, demand.RaisedAt, demand.DueAt, demand.Version);
}

/// <summary>The body of <c>POST /api/demands</c>.</summary>
internal sealed record RaiseDemand(string Subject, DemandCategory Category, string? Subcategory, string? Text);

/// <summary>The body of <c>POST /api/demands/{id}/route</c>.</summary>
internal sealed record RouteDemand(string Assignee, string? Note);

/// <summary>The body of <c>POST /api/orders</c>.</summary>
internal sealed record SinkOrder(GovernancePower Power, string Target, string Through, string? Task, LocalDate? DueOn);

/// <summary>
/// The administrative unit a demand is handled in, which the router needs a power over: its subject, or for a living
/// community the first administrative community covering it.
/// </summary>
internal sealed record DemandJurisdiction(CommunityUnit Unit) : INamesCommunityUnit
{
    public static async Task<DemandJurisdiction> OfAsync(Demand demand, StreetDesk desk, CancellationToken cancellationToken)
    {
        if (demand.Subject.IsAdministrative)
        {
            return new DemandJurisdiction(demand.Subject);
        }

        var covering = (await desk.CoverageAsync(cancellationToken)).JurisdictionsSpannedBy(demand.Subject.LivingCommunityId);
        return new DemandJurisdiction(covering.Count == 0 ? demand.Subject : CommunityUnit.Administrative(covering[0]));
    }
}
