using CommunityGovernance.AspNetCore.Authorization;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Crossings;
using CommunityGovernance.Rights;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StreetOffice.Api;
using StreetOffice.Desk;
using Wenjiang.Scenario;

namespace StreetOffice.Pages;

/// <summary>"Why may I do this here?": the rights index's explanation, and for a living community the order channels.</summary>
[Authorize]
internal sealed class WhyModel(StreetDesk desk) : PageModel
{
    public StreetDesk Desk => desk;

    public GovernancePower Power { get; private set; } = GovernancePower.TaskSetting;

    public string? Unit { get; private set; }

    public IReadOnlyList<AdministrativeCommunityId> Communities { get; private set; } = [];

    public IReadOnlyList<LivingCommunityPlan> Living { get; private set; } = [];

    public RightsJustification? Answer { get; private set; }

    public OrderAuthority? Authority { get; private set; }

    public async Task OnGetAsync(GovernancePower? power, string? unit, CancellationToken cancellationToken)
    {
        Communities = await desk.CommunitiesAsync(cancellationToken);
        Living = await desk.LivingCommunitiesAsync(cancellationToken);
        Power = power ?? GovernancePower.TaskSetting;
        Unit = unit;
        if (power is null || !GovernanceUnits.TryParse(unit, out var target))
        {
            return;
        }

        var actor = DeskApi.ActorOf(User);
        Answer = desk.Explain(actor, Power, target);
        if (target.IsLiving)
        {
            Authority = await desk.MaySinkAsync(actor, Power, target.LivingCommunityId, cancellationToken);
        }
    }
}
