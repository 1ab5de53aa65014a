using CommunityGovernance.Actors;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;
using NodaTime;

namespace CommunityGovernance.Communities.WorkAccess;

/// <summary>See <see cref="CommunityRules.UnlistedTaskIsCoordinatedByStreet"/>.</summary>
internal readonly struct UnlistedTaskIsCoordinatedByStreetRule(
    WorkItemCode kind, WorkItemGroup? group, AdministrativeCommunityId community, Actor? coordinator, IGovernanceRightsQuery rights, Instant at) : IDomainRule
{
    public string Name => CommunityRules.UnlistedTaskIsCoordinatedByStreet;

    public string Message => coordinator switch
    {
        null => $"Work of kind '{kind}' is not on the district's work-access list: it reaches the committee of {community} only through the street office, which coordinates it.",
        { Kind: not ActorKind.StreetOffice } => $"Work of kind '{kind}' is not on the list, and '{coordinator.Id}' is a {coordinator.Kind}, not the street office that coordinates unlisted work.",
        _ => $"Work of kind '{kind}' is not on the list, and street office '{coordinator.Id}' may not coordinate it in {community} at {at}: {rights.Explain(coordinator.Id, GovernancePower.TaskSetting, CommunityUnit.Administrative(community), at).Reason}.",
    };

    public bool IsBroken() => group is null
        && (coordinator is not { Kind: ActorKind.StreetOffice } street
            || !rights.MayExercise(street.Id, GovernancePower.TaskSetting, CommunityUnit.Administrative(community), at));
}
