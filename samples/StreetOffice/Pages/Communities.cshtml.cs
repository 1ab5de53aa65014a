using CommunityGovernance.Communities;
using CommunityGovernance.Programmes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StreetOffice.Desk;
using Wenjiang.Scenario;

namespace StreetOffice.Pages;

/// <summary>The street's communities, their eight items, and the living communities they cover.</summary>
[Authorize]
internal sealed class CommunitiesModel(StreetDesk desk) : PageModel
{
    public StreetDesk Desk => desk;

    public IReadOnlyList<AdministrativeCommunityId> Communities { get; private set; } = [];

    public IReadOnlyDictionary<AdministrativeCommunityId, CommunityProgrammeStatus> EightItems { get; private set; } = new Dictionary<AdministrativeCommunityId, CommunityProgrammeStatus>();

    public IReadOnlyList<LivingCommunityPlan> Living { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Communities = await desk.CommunitiesAsync(cancellationToken);
        EightItems = await desk.EightItemsAsync(cancellationToken);
        Living = await desk.LivingCommunitiesAsync(cancellationToken);
    }
}
