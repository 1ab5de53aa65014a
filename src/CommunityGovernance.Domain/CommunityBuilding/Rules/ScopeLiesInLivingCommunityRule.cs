using CommunityGovernance.Communities.Living;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>See <see cref="CommunityBuildingRules.ScopeLiesInLivingCommunity"/>: the building, courtyard or compound must be part of the living community the layout describes.</summary>
internal sealed class ScopeLiesInLivingCommunityRule(ProcessScope scope, LivingCommunitySnapshot? layout) : IDomainRule
{
    public string Name => CommunityBuildingRules.ScopeLiesInLivingCommunity;

    public string Message => $"A process on {scope} needs the layout of its living community, holding that part.";

    public bool IsBroken() => scope.IsLiving && (layout is null || layout.Id != scope.Unit.LivingCommunityId || !HoldsPart(scope, layout));

    private static bool HoldsPart(ProcessScope scope, LivingCommunitySnapshot layout) => scope.Level switch
    {
        ProcessLevel.Building => layout.Buildings.Any(b => b.Id.Value == scope.Part),
        ProcessLevel.Courtyard => layout.Courtyards.Any(c => c.Id.Value == scope.Part),
        _ => layout.Compounds.Any(c => c.Id.Value == scope.Part),
    };
}
