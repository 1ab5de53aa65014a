using CommunityGovernance.AspNetCore.Authorization;
using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StreetOffice.Api;
using StreetOffice.Desk;
using Wenjiang.Scenario;

namespace StreetOffice.Pages;

/// <summary>The street's demands, its response field, and raising a new demand.</summary>
[Authorize]
internal sealed class DemandsModel(StreetDesk desk) : PageModel
{
    public StreetDesk Desk => desk;

    public IReadOnlyList<Demand> Demands { get; private set; } = [];

    public ResponseMetrics Metrics { get; private set; } = ResponseMetrics.Empty;

    public IReadOnlyList<AdministrativeCommunityId> Communities { get; private set; } = [];

    public IReadOnlyList<LivingCommunityPlan> Living { get; private set; } = [];

    public DomainException? Refusal { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(string subject, DemandCategory category, string? subcategory, string? text, CancellationToken cancellationToken)
    {
        try
        {
            if (!GovernanceUnits.TryParse(subject, out var unit))
            {
                return BadRequest();
            }

            var demand = await desk.RaiseAsync(DeskApi.ActorOf(User), unit, category, subcategory ?? string.Empty, text ?? string.Empty, cancellationToken);
            return Redirect($"/Demand/{demand.Id}");
        }
        catch (DomainException refusal) when (refusal is not ConcurrencyConflictException)
        {
            Refusal = refusal;
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Demands = await desk.DemandsAsync(cancellationToken);
        Metrics = ResponseField.Measure(Demands, desk.Clock);
        Communities = await desk.CommunitiesAsync(cancellationToken);
        Living = await desk.LivingCommunitiesAsync(cancellationToken);
    }
}
