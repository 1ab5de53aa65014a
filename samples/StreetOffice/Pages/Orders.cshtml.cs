using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Crossings;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StreetOffice.Api;
using StreetOffice.Desk;
using Wenjiang.Scenario;

namespace StreetOffice.Pages;

/// <summary>Sinking an order into a living community, refused with the rule's reason when the rules say so.</summary>
[Authorize]
internal sealed class OrdersModel(StreetDesk desk) : PageModel
{
    public StreetDesk Desk => desk;

    public IReadOnlyList<LivingCommunityPlan> Living { get; private set; } = [];

    public IReadOnlyList<AdministrativeCommunityId> Communities { get; private set; } = [];

    public IReadOnlyList<AdministrativeOrder> Orders { get; private set; } = [];

    public DomainException? Refusal { get; private set; }

    public AdministrativeOrder? Sunk { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(string target, string through, GovernancePower power, string? task, CancellationToken cancellationToken)
    {
        try
        {
            Sunk = await desk.SinkAsync(DeskApi.ActorOf(User), power, new LivingCommunityId(target), AdministrativeCommunityId.Parse(through), task ?? string.Empty, null, cancellationToken);
        }
        catch (DomainException refusal) when (refusal is not ConcurrencyConflictException)
        {
            Refusal = refusal;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Living = await desk.LivingCommunitiesAsync(cancellationToken);
        Communities = await desk.CommunitiesAsync(cancellationToken);
        Orders = await desk.OrdersAsync(cancellationToken);
    }
}
