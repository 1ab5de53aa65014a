using CommunityGovernance.Actors;
using CommunityGovernance.AspNetCore.Authorization;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StreetOffice.Api;
using StreetOffice.Desk;

namespace StreetOffice.Pages;

/// <summary>One demand, its steps, and routing it (accepting it first when it is new).</summary>
[Authorize]
internal sealed class DemandModel(StreetDesk desk, IAuthorizationService authorization) : PageModel
{
    public StreetDesk Desk => desk;

    public Demand? Demand { get; private set; }

    public IReadOnlyList<Actor> Assignees { get; private set; } = [];

    public DomainException? Refusal { get; private set; }

    public async Task OnGetAsync(string id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostAsync(string id, long version, string assignee, string? note, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        if (Demand is not { } demand)
        {
            return NotFound();
        }

        var jurisdiction = await DemandJurisdiction.OfAsync(demand, desk, cancellationToken);
        if (!(await authorization.AuthorizeAsync(User, jurisdiction, GovernancePolicies.TaskSetting)).Succeeded)
        {
            return Forbid();
        }

        try
        {
            if (demand.Version != version)
            {
                throw new ConcurrencyConflictException(demand.Stream.ToString(), version, demand.Version);
            }

            await desk.RouteAsync(demand, DeskApi.ActorOf(User), new ActorId(assignee), note, cancellationToken);
            return Redirect($"/Demand/{id}");
        }
        catch (DomainException refusal)
        {
            Refusal = refusal;
            await LoadAsync(id, cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(string id, CancellationToken cancellationToken)
    {
        Demand = await desk.DemandAsync(new DemandId(id), cancellationToken);
        Assignees = Demand is null || Demand.Status is DemandStatus.Closed or DemandStatus.Rejected or DemandStatus.Withdrawn
            ? []
            : await desk.ResponsibleForAsync(Demand, cancellationToken);
    }
}
